/*
 * The handmatige analyse end to end (issue 13), from a real risk run: the
 * registry's vestigingen reach risk-analysis through their events; an analist
 * starts the yearly run through the gateway; its RiskFlagged opens a
 * handmatige analyse in casework with the run's explanation; a coordinator
 * hands it to the analist from the coordinators' queue; the analist finds it
 * in their own queue and decides (handmatige-analyse.decide). Every service
 * from its production bundle on the real broker, FerretDB and Keycloak.
 */
import { CaseClosed, CaseOpened, RiskFlagged, Topics } from '@inspectorate/contracts';
import { type TestScope, collectTopic, testScope, waitFor } from '@inspectorate/testing';
import { generateDuoLists } from '../../services/registry/src/duo/generate';
import { type Fleet, eventsOf, startFlowsFleet } from './flows-fleet';

jest.setTimeout(240_000);

type Assessment = { kind: string; id: string; manualAnalysis: boolean; reasons: string[] };
type CaseView = {
  _id: string;
  status: string;
  result: string | null;
  assignee: string | null;
  queue: string | null;
  subject: { vestigingCode: string | null };
  facts: Record<string, string>;
  documents: { title: string; paragraphs: string[] }[];
};

describe('end to end: a risk run opens a handmatige analyse, which the analist decides', () => {
  const scope: TestScope = testScope('e2e-ha');
  const tag = scope.id.toLowerCase().replace(/[^a-z0-9]/g, '');
  const lists = generateDuoLists({ seed: 29, boards: 1, po: 2, vo: 0 });
  const po = lists.vestigingen[0]!;
  const code = `${po.brin}${po.vestigingsnummer}`;
  let f: Fleet;
  let flags: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    f = await startFlowsFleet(
      scope,
      lists,
      {
        board: (n) => `bestuur-${n}-${tag}@example.nl`,
        directie: (c) => `directie-${c.toLowerCase()}-${tag}@example.nl`,
      },
      '2026-10-01T08:00:00Z',
      { riskAnalysis: true },
    );
    flags = await collectTopic(f.kafka, `${scope.topicPrefix}${Topics.riskAssessments}`);
  });

  afterAll(async () => {
    await flags?.stop();
    await f?.close();
  });

  it('runs, flags, opens, queues, assigns and decides', async () => {
    // Only an analist runs the model.
    expect((await f.call('inspecteur', 'post', '/risk/runs', {})).status).toBe(403);
    const run = await f.call('analist', 'post', '/risk/runs', {});
    expect(run.status).toBe(201);
    const runId: string = run.body._id;
    const assessed = await f.call('analist', 'get', `/risk/runs/${runId}/assessments?limit=100`);
    expect(assessed.status).toBe(200);
    const mine = (assessed.body.items as Assessment[]).find((a) => a.id === code)!;
    // No DUO statistics were imported: the rules send a school with too much missing to a person.
    expect(mine).toMatchObject({ kind: 'vestiging', manualAnalysis: true });
    expect(mine.reasons.length).toBeGreaterThan(0);

    const flag = await waitFor(
      () =>
        eventsOf(flags, RiskFlagged.type).find(
          (e) => e.subject === code && e.data['runId'] === runId,
        ),
      { description: `RiskFlagged of ${code} by run ${runId}` },
    );
    expect(flag.data['reasons']).toEqual(mine.reasons);

    // casework opens it in the coordinators' queue, with the run's explanation.
    const [queued] = await waitFor(
      async () => {
        const res = await f.call(
          'coordinator',
          'get',
          `/cases?queue=coordinators&type=handmatige-analyse&brin=${po.brin}`,
        );
        const items = (res.body.items ?? []) as CaseView[];
        const found = items.filter((c) => c.subject.vestigingCode === code);
        return found.length > 0 ? found : undefined;
      },
      { description: `the handmatige analyse of ${code} in the coordinators' queue` },
    );
    const caseId = queued!._id;
    expect(queued).toMatchObject({ status: 'te-analyseren', assignee: null });
    const opened = (await f.call('coordinator', 'get', `/cases/${caseId}`)).body as CaseView;
    expect(opened.facts).toMatchObject({ runId, analysisYear: '2026' });
    const explanation = opened.documents[0]!;
    expect(explanation.title).toContain(code);
    for (const reason of mine.reasons) expect(explanation.paragraphs).toContain(reason);
    expect(eventsOf(f.caseEvents, CaseOpened.type).some((e) => e.subject === caseId)).toBe(true);

    // The coordinator hands it out; the analist finds it in their own queue.
    const assigned = await f.call('coordinator', 'post', `/cases/${caseId}/assign`, {
      assignee: 'analist',
      reason: 'risicoanalyse oktober',
    });
    expect(assigned.status).toBeLessThan(300);
    const own = await f.call('analist', 'get', '/cases?assignee=analist&type=handmatige-analyse');
    expect((own.body.items as CaseView[]).map((c) => c._id)).toContain(caseId);

    // Only the analist decides.
    const besluit = { uitkomst: 'gesprek-bestuur', motivering: 'het bestuur eerst spreken' };
    for (const who of ['coordinator', 'inspecteur'] as const)
      expect(
        (await f.call(who, 'post', `/handmatige-analyses/${caseId}/besluit`, besluit)).status,
      ).toBe(403);
    const decided = await f.call(
      'analist',
      'post',
      `/handmatige-analyses/${caseId}/besluit`,
      besluit,
    );
    expect([decided.status, decided.body]).toEqual([
      201,
      { caseId, result: 'gesprek-bestuur', vervolg: null },
    ]);
    const closed = (await f.call('analist', 'get', `/cases/${caseId}`)).body as CaseView;
    expect(closed).toMatchObject({ status: 'afgesloten', result: 'gesprek-bestuur' });
    expect(closed.facts).toMatchObject({ decidedOn: '2026-10-01' });
    await waitFor(() => eventsOf(f.caseEvents, CaseClosed.type).find((e) => e.subject === caseId), {
      description: `CaseClosed of ${caseId}`,
    });
    // Decided once: a second decision is a conflict, and the queue no longer holds it open.
    expect(
      (await f.call('analist', 'post', `/handmatige-analyses/${caseId}/besluit`, besluit)).status,
    ).toBe(409);
    const open = await f.call(
      'coordinator',
      'get',
      `/cases?type=handmatige-analyse&status=te-analyseren&brin=${po.brin}`,
    );
    expect((open.body.items as CaseView[]).map((c) => c._id)).not.toContain(caseId);
  });
});
