/*
 * A year of the system, seeded, through the gateway with real tokens: the DUO vestigingen list of April imported and the one of
 * August re-imported, contacts, a survey provider, consents and deliveries,
 * the 1 July sweep to cases and herstelopdracht letters, late deliveries
 * (voldaan) and the deadline checks (niet-voldaan), the outcomes published
 * and sent to a webhook subscriber, a batch of meldingen and complaints.
 *
 * Returns what it expects the system to hold; checks.ts compares.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDuoDir } from '@inspectorate/duo';
import { amsterdamDate } from '@inspectorate/scheduling';
import { generateDuoLists, renderBoardsList } from '../../services/registry/src/duo/generate';
import { submission } from '../../scripts/demo-monitoring';
import { dutiesOf } from './duty';
import { type Api, importThroughGateway, until, untilAll } from './api';
import type { Progress } from './diagnose';
import { seededRandom } from './faults';

const DUO = path.join(sharedDuoDir(), 'po');
const APRIL = path.join(DUO, '2026-04/02.-alle-schoolvestigingen-basisonderwijs.csv');
const AUGUST = path.join(DUO, '2026-08/02.-alle-schoolvestigingen-basisonderwijs.csv');
export const CASE_TYPE = 'bureauonderzoek-monitoring-sociale-veiligheid';
const PROVIDER = 'chaos-aanbieder';

export interface ScenarioSize {
  /** Boards whose vestigingen are in the lists (null: all of them, national). */
  boards: number | null;
  meldingen: number;
  klachten: number;
}
export const SIZES: Record<string, ScenarioSize> = {
  reduced: { boards: 3, meldingen: 4, klachten: 2 },
  national: { boards: null, meldingen: 200, klachten: 50 },
};

export interface Expected {
  schooljaar: string;
  /** Open after August's list: in every read model, and assessed by the risk run. */
  vestigingen: string[];
  /** In April's list, not in August's: closed by that import, kept in the read models with their end date. */
  closed: string[];
  /** The end date the closed ones carry: the Amsterdam date August's import applied as. */
  closedOn: string | null;
  missing: string[];
  late: string[];
  escalated: string[];
  /** The reporter's address of each melding registered (201), as its case keeps it. */
  meldingen: string[];
  /** Meldingen whose registration the client gave up on: a case may or may not exist. */
  meldingenUnanswered: string[];
  klachten: string[];
  boards: string[];
  /** The yearly risk run's id (null when it was not started). */
  riskRunId: string | null;
  /** Mails the mail catcher must hold: one per letter that has an address. */
  boardsWithMail: Set<string>;
}

/** Nothing expected yet: runScenario fills it step by step, so a failed run can still check what it got to. */
export function emptyExpected(): Expected {
  return {
    schooljaar: '',
    vestigingen: [],
    closed: [],
    closedOn: null,
    missing: [],
    late: [],
    escalated: [],
    meldingen: [],
    meldingenUnanswered: [],
    klachten: [],
    boards: [],
    riskRunId: null,
    boardsWithMail: new Set(),
  };
}

interface Row {
  board: string;
  code: string;
  line: string;
}

/** The list's rows, as latin1 so the bytes go out exactly as DUO wrote them. */
function readList(file: string): { header: string; rows: Row[] } {
  const lines = readFileSync(file)
    .toString('latin1')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const header = lines[0]!;
  const cols = header.split(';');
  const boardAt = cols.indexOf('BEVOEGD GEZAG NUMMER');
  const codeAt = cols.indexOf('VESTIGINGSCODE');
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(';');
    return { board: cells[boardAt]!, code: cells[codeAt]!, line };
  });
  return { header, rows };
}

/** Runs `fn` over the items, `n` at a time (a national list is thousands of calls). */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

const sample = <T>(items: T[], n: number, random: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
};

export interface ScenarioDeps {
  api: Api;
  gateway: string;
  /** risk-analysis has no gateway routes yet: its balancer, with the analist's token. */
  riskAnalysis: string;
  receiverUrl: string;
  seed: number;
  size: ScenarioSize;
  runId: string;
  /** Cases of the monitoring flow in casework's database (read directly: quicker than paging). */
  countCases(): Promise<number>;
  /** Vestigingen risk-analysis's read model holds. */
  countRiskVestigingen(): Promise<number>;
  /** The monitoring case of a vestiging, from casework's database. */
  findCase(code: string): Promise<{ _id: string; closedAt: Date | null } | null>;
  log(m: string): void;
  /** Where the scenario is (a failed run prints it, and the cases it waited for). */
  progress: Progress;
}

const mailOf = (runId: string, kind: string, id: string) =>
  `${kind}-${id.toLowerCase()}-${runId.toLowerCase()}@chaos.example.nl`;

/** The first part, before faults start: what an operator sets up once. Returns the webhook subscription's id. */
export async function setUp(d: ScenarioDeps): Promise<string> {
  const { body } = await d.api.call<{ subscriptionId: string }>(
    'beheerder',
    'POST',
    `${d.gateway}/api/v1/publication/webhooks/subscriptions`,
    { body: { url: d.receiverUrl, fromStart: true } },
  );
  await d.api.call('beheerder', 'POST', `${d.gateway}/api/v1/monitoring/providers`, {
    body: { providerId: PROVIDER, name: 'Chaos aanbieder', clientId: 'instrumentaanbieder-demo' },
    ok: [201, 409],
  });
  return body.subscriptionId;
}

/** Drives the year; `expected` is filled as each step is done (also when a later step fails). */
export async function runScenario(
  d: ScenarioDeps,
  expected: Expected = emptyExpected(),
): Promise<Expected> {
  const step = (what: string, waitingFor: string[] = []) => {
    d.progress.step = what;
    d.progress.waitingFor = waitingFor;
  };
  const random = seededRandom(d.seed ^ 0x5eed);
  const gw = `${d.gateway}/api/v1`;
  const april = readList(APRIL);
  const august = readList(AUGUST);
  const allBoards = [...new Set(april.rows.map((r) => r.board))].sort();
  const boards = new Set(
    d.size.boards === null ? allBoards : sample(allBoards, d.size.boards, random),
  );
  const subset = (list: { header: string; rows: Row[] }) => {
    const rows = list.rows.filter((r) => boards.has(r.board));
    return {
      rows,
      bytes: Buffer.from([list.header, ...rows.map((r) => r.line), ''].join('\r\n'), 'latin1'),
    };
  };
  const first = subset(april);
  const second = subset(august);
  expected.boards = [...boards];

  // 1. The boards (DUO's address list is not in shared/data: generated, with
  // the real numbers), the April list, then August's: a re-import with what
  // changed over the summer.
  const generated = generateDuoLists({ seed: d.seed, boards: boards.size, po: 0, vo: 0 }).boards;
  const boardList = renderBoardsList(
    [...boards].map((nummer, i) => ({ ...generated[i]!, nummer })),
  );
  for (const [name, list] of [
    ['besturen.csv', { rows: [...boards], bytes: boardList }],
    ['april.csv', first],
    ['augustus.csv', second],
  ] as const) {
    step(`the import of ${name}`);
    const query = `fileName=${name}${name === 'besturen.csv' ? '' : '&sector=po'}`;
    const report = await importThroughGateway(d.api, gw, query, list.bytes);
    d.log(
      `import ${name}: ${list.rows.length} vestigingen: ${JSON.stringify(report.counts).slice(0, 200)}`,
    );
    // What it closes is closed on the day it applies as (kept when it is picked up again).
    if (name === 'augustus.csv' && report.asOf)
      expected.closedOn = amsterdamDate(new Date(report.asOf));
  }
  const open = second.rows.map((r) => r.code);
  const openSet = new Set(open);
  const closedOnes = first.rows.map((r) => r.code).filter((c) => !openSet.has(c));
  expected.vestigingen = open;
  expected.closed = closedOnes;

  // 2. Contacts: every board and vestiging gets an address, so every letter is mailed.
  step('contacts');
  await pool([...boards], 8, (board) =>
    d.api.call('beheerder', 'PUT', `${gw}/boards/${board}/contact`, {
      body: { contactEmail: mailOf(d.runId, 'bestuur', board) },
    }),
  );
  await pool(open, 8, (code) =>
    d.api.call('beheerder', 'PUT', `${gw}/vestigingen/${code}/contact`, {
      body: { directieEmail: mailOf(d.runId, 'directie', code) },
    }),
  );
  d.log(
    `contacts for ${boards.size} boards and ${open.length} vestigingen (${closedOnes.length} closed in August)`,
  );

  // 3. The schooljaar whose 1 July has passed; consents and deliveries for 90%.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  const [y, m] = today.split('-').map(Number) as [number, number];
  const startYear = m >= 8 ? y - 1 : y - 2;
  const schooljaar = `${startYear}-${startYear + 1}`;
  expected.schooljaar = schooljaar;
  step('consents and deliveries');
  const { body: dl } = await d.api.call<{ deadline: string }>(
    'coordinator',
    'GET',
    `${gw}/monitoring/deadlines/${schooljaar}`,
  );
  await pool(open, 8, (code) =>
    until(`monitoring-intake to know ${code}`, async () => {
      const res = await d.api.call(
        'client:instrumentaanbieder',
        'PUT',
        `${gw}/monitoring/consents/${schooljaar}/${code}/${PROVIDER}`,
        {
          ok: [200, 201, 204, 404],
        },
      );
      return res.status !== 404;
    }),
  );
  // The silent ones only among those that owe (dutiesOf): a vestiging new in
  // August owes nothing this year, one closed in August still owed and is missing.
  const duties = dutiesOf(
    first.rows.map((r) => r.code),
    open,
  );
  const silentCount = Math.max(3, Math.round(open.length / 10));
  const silent = sample(duties.owing, silentCount, random);
  const missing = [...silent, ...duties.closedOwing];
  const silentSet = new Set(silent);
  expected.missing = missing;
  // A closed one's board is in April's list only.
  const boardOf = new Map([...first.rows, ...second.rows].map((r) => [r.code, r.board]));
  expected.boardsWithMail = new Set(missing.map((c) => boardOf.get(c)!));
  const delivering = open.filter((c) => !silentSet.has(c));
  for (let i = 0; i < delivering.length; i += 500) {
    const chunk = delivering.slice(i, i + 500);
    const { body } = await d.api.call<{ accepted: number; unchanged: number; rejected: number }>(
      'client:instrumentaanbieder',
      'POST',
      `${gw}/monitoring/submissions/bulk`,
      { body: chunk.map((c) => submission(c, schooljaar)) },
    );
    if (body.rejected > 0) d.log(`bulk delivery: ${body.rejected} rejected`);
  }
  d.log(
    `${schooljaar}: consents for ${open.length}, delivered ${delivering.length}, ${silent.length} stay silent, ${duties.closedOwing.length} closed after the deadline owed, ${duties.exempt.length} new owe nothing`,
  );

  // 4. The sweep as of 1 July: cases and herstelopdracht letters.
  step('the sweep to monitoring cases', missing);
  const sweep = await d.api.call<{ markedMissing: number; alreadyMarked: number }>(
    'coordinator',
    'POST',
    `${gw}/monitoring/sweeps/${schooljaar}?asOf=${dl.deadline}`,
  );
  d.log(
    `sweep ${schooljaar} as of ${dl.deadline}: ${sweep.body.markedMissing} missing (${sweep.body.alreadyMarked} already)`,
  );
  await untilAll(`${missing.length} monitoring cases`, d.countCases, missing.length);

  // 5. Meldingen and complaints, while the letters go out.
  step('meldingen and klachten');
  for (let i = 0; i < d.size.meldingen; i++) {
    const code = open[Math.floor(random() * open.length)]!;
    // The same body on every retry (the key's record holds its hash).
    const receivedAt = new Date().toISOString();
    const reporter = mailOf(d.runId, `melder${i}`, code);
    // Retried like any other request: the Idempotency-Key makes a retry after
    // a lost answer (a 502 or 504, a killed replica) find the first melding.
    const res = await d.api
      .call('klantcontact', 'POST', `${gw}/meldingen`, {
        headers: { 'idempotency-key': `${d.runId}-melding-${i}` },
        body: {
          channel: 'telefoon',
          receivedAt,
          reporter: { kind: 'ouder', contact: { email: reporter } },
          school: { vestigingCode: code },
          category: 'onderwijstijd',
          text: `Melding ${i} van de chaos-run: lessen vallen uit.`,
        },
        ok: [201],
      })
      .catch((error: Error) => {
        d.log(`melding ${i} not registered: ${error.message}`);
        return null;
      });
    if (res) expected.meldingen.push(reporter);
    else expected.meldingenUnanswered.push(reporter);
  }
  const klachten: string[] = [];
  for (let i = 0; i < d.size.klachten; i++) {
    const reference = `${d.runId}-K${i}`;
    // A reference makes a repeat find the first complaint: safe to retry.
    await d.api.call('coordinator', 'POST', `${gw}/klachten`, {
      body: {
        reference,
        receivedOn: today,
        channel: 'post',
        complainant: {
          name: `Klager ${i}`,
          addressLines: ['Dorpsstraat 1', '1234 AB  Ergens'],
          email: mailOf(d.runId, `klager${i}`, 'k'),
        },
        description: 'De inspecteur heeft mij niet laten uitspreken.',
        datedOn: today,
        signed: true,
        conductOn: today,
        openToObjection: false,
      },
      ok: [201],
    });
    klachten.push(reference);
    expected.klachten = klachten;
  }
  d.log(`${expected.meldingen.length} meldingen, ${klachten.length} klachten registered`);

  // 6. A third of the silent ones deliver late (voldaan); the deadline checks escalate the rest.
  // Their deadline is today (HERSTELOPDRACHT_DEADLINE, as npm start's demo has it):
  // their boards asked for a month more first, as in the demo.
  // Only open ones deliver late: a closed vestiging is escalated with the rest.
  const late = silent.slice(0, Math.ceil(silent.length / 3));
  expected.late = late;
  step('late deliveries', late);
  await pool(late, 8, async (code) => {
    const found = await until(`the case of ${code}`, () => d.findCase(code));
    await d.api.call(
      'coordinator',
      'POST',
      `${gw}/cases/${found._id}/deadlines/herstelopdracht/extend`,
      {
        body: { reason: 'het bestuur vroeg uitstel: de aanbieder levert later', duration: 'P1M' },
        ok: [200, 201, 409],
      },
    );
    await d.api.call('client:instrumentaanbieder', 'POST', `${gw}/monitoring/submissions`, {
      body: submission(code, schooljaar),
      ok: [200, 201],
    });
  });
  for (const code of late) {
    step(`the late case of ${code} closed`, [code]);
    await until(`the late case of ${code} closed`, async () => (await d.findCase(code))?.closedAt);
  }
  step(
    'the deadline checks',
    missing.filter((c) => !late.includes(c)),
  );
  await d.api.call('coordinator', 'POST', `${gw}/deadline-checks?asOf=${today}`);
  const escalated = missing.filter((c) => !late.includes(c));
  expected.escalated = escalated;
  d.log(`${late.length} delivered late, deadline checks as of ${today}`);

  // 7. The yearly risk run, once risk-analysis knows every vestiging (as an analist would check).
  step('the yearly risk run');
  await untilAll(
    `risk-analysis to know ${open.length} vestigingen`,
    d.countRiskVestigingen,
    open.length,
  );
  // One attempt: a repeat would be a second run (its own assessments), not the same one.
  const risk = await d.api
    .once<{ _id: string }>('analist', 'POST', `${d.riskAnalysis}/runs`, {
      body: {},
      ok: [201],
      timeoutMs: 600_000,
    })
    .catch((error: Error) => {
      d.log(`risk run not started: ${error.message}`);
      return null;
    });
  expected.riskRunId = risk?.body._id ?? null;
  d.log(`risk run ${expected.riskRunId ?? '(none)'}`);
  step('waiting for the system to settle');
  return expected;
}
