// The casework controllers (engine and flows) behind the HTTP edge on in-memory fakes, shared by
// controllers.spec.ts and controllers-flows.spec.ts (outside engine/, which imports no flow).
import { FixedClock, Clock } from '@inspectorate/scheduling';
import {
  type ControllerTestApp,
  type LocalTokens,
  controllerTestApp,
  localTokens,
} from '@inspectorate/testing';
import { CaseTypeCatalogue } from './case-types/case-type.catalogue';
import { CaseTypesController } from './case-types/case-types.controller';
import { DEFAULT_CASE_TYPES } from './case-types/defaults';
import { HoorEnWederhoorController } from './flows/monitoring-herstelopdracht/controller';
import { HoorEnWederhoor } from './flows/monitoring-herstelopdracht/report.usecase';
import type { CaseDoc } from './engine/case';
import { CaseCommands } from './engine/case-commands';
import { CaseReads } from './engine/case-reads';
import { CaseRepository } from './engine/case.repository';
import { DeadlineChecks } from './engine/deadline-checks';
import { newTestEngine } from './engine/testing/fakes';
import { CasesController, DeadlineChecksController } from './engine/http/cases.controller';

export const MONITORING = DEFAULT_CASE_TYPES[0]!;

export function caseDoc(n: number, over: Partial<CaseDoc> = {}): CaseDoc {
  const now = new Date('2026-07-01T04:00:00Z');
  return {
    _id: `0190a000-0000-7000-8000-00000000000${n}`,
    uniqueKey: `key-${n}`,
    caseType: { code: MONITORING.code, version: MONITORING.version },
    confidential: false,
    subject: {
      kind: 'vestiging',
      bevoegdGezagNummer: '41234',
      brin: '12AB',
      vestigingCode: `12AB0${n}`,
      boardName: 'Stichting',
      schoolName: 'School',
      sector: 'vo',
    },
    schooljaar: '2025-2026',
    status: MONITORING.statuses[0]!.code,
    result: null,
    assignee: null,
    queue: null,
    deadlines: [],
    nextDueOn: `2026-07-1${n}`,
    documents: [],
    decisions: [],
    letters: [],
    notes: [],
    timeline: [],
    openedAt: now,
    closedAt: null,
    updatedAt: now,
    version: 1,
    ...over,
  };
}

/** What the specs use: the app, the fakes behind it, and tokens of a user who may do everything and of a beheerder. */
export interface CaseworkControllers {
  t: ControllerTestApp;
  test: ReturnType<typeof newTestEngine>;
  hoor: { registerZienswijze: jest.Mock; adopt: jest.Mock };
  catalogue: Record<'list' | 'current' | 'get' | 'addVersion', jest.Mock>;
  // A user who may do everything casework has (the vertrouwensinspecteur reads
  // confidential cases), with a token of local keys (libs/testing's localTokens).
  actor: { authorization: string };
  beheerder: { authorization: string };
  tokens: LocalTokens;
}

export const caseId = (n: number) => caseDoc(n)._id;

/** Starts the app in beforeAll (and closes it in afterAll) of the calling describe. */
export function caseworkControllers(): CaseworkControllers {
  const hoor = { registerZienswijze: jest.fn(), adopt: jest.fn() };
  const catalogue = {
    list: jest.fn(async () => DEFAULT_CASE_TYPES),
    current: jest.fn(async () => MONITORING),
    get: jest.fn(async () => MONITORING),
    addVersion: jest.fn(async (d: object) => ({ ...MONITORING, ...d, version: 2 })),
  };

  const c = { hoor, catalogue } as CaseworkControllers;
  beforeAll(async () => {
    const tokens = await localTokens();
    c.tokens = tokens;
    c.actor = await tokens.bearer(['vertrouwensinspecteur', 'coordinator']);
    c.beheerder = await tokens.bearer('beheerder');
    c.test = newTestEngine([], { now: '2026-07-01T04:00:00Z' });
    c.t = await controllerTestApp(
      {
        controllers: [
          CasesController,
          DeadlineChecksController,
          HoorEnWederhoorController,
          CaseTypesController,
        ],
        providers: [
          { provide: CaseRepository, useValue: c.test.repository },
          { provide: CaseCommands, useValue: c.test.commands },
          { provide: CaseReads, useValue: c.test.reads },
          { provide: DeadlineChecks, useValue: c.test.checks },
          { provide: Clock, useValue: new FixedClock('2026-07-01T04:00:00Z') },
          { provide: HoorEnWederhoor, useValue: hoor },
          { provide: CaseTypeCatalogue, useValue: catalogue },
        ],
      },
      { auth: tokens },
    );
    for (const n of [1, 2, 3]) c.test.repository.docs.set(caseDoc(n)._id, caseDoc(n));
    c.test.repository.docs.set(
      caseDoc(4)._id,
      caseDoc(4, { confidential: true, subject: { ...caseDoc(4).subject, brin: '99ZZ' } }),
    );
  });
  afterAll(() => c.t.close());
  beforeEach(() => jest.clearAllMocks());

  return c;
}

/**
 * The operations each of the two controller specs answers; together they cover
 * every route, so each spec's openapi check leaves out exactly the other's.
 */
export const OPERATIONS_OF = {
  cases: [
    'GET /cases',
    'GET /cases/{id}',
    'POST /cases/{id}/assign',
    'GET /cases/{id}/reads',
    'GET /cases/{id}/timeline',
  ],
  flows: [
    'GET /case-types',
    'GET /case-types/{code}',
    'PUT /case-types/{code}',
    'GET /case-types/{code}/{version}',
    'POST /cases/{id}/deadlines/{kind}/{action}',
    'POST /cases/{id}/report/adopt',
    'POST /cases/{id}/zienswijze',
    'POST /deadline-checks',
  ],
};

/** checkAnswers({ all: true }) without the operations the other spec answers. */
export async function answerProblems(
  c: CaseworkControllers,
  coveredElsewhere: readonly string[],
): Promise<string[]> {
  const elsewhere = new Set(coveredElsewhere.map((op) => `${op}: no answer checked`));
  return (await c.t.checkAnswers({ all: true })).filter((p) => !elsewhere.has(p));
}
