/*
 * The monitoring herstelopdracht flow on the running system, for `npm start`:
 * what an operator, the schools and a survey provider would do, through the
 * services' HTTP APIs only. The services do the rest over Kafka.
 *
 *   1. contacts for the demo boards and vestigingen (DUO publishes none);
 *   2. a provider, the schools' consents, and deliveries for all but five;
 *   3. the deadline sweep as of the deadline: five SubmissionMissing, five
 *      cases, five herstelopdracht letters (mail catcher, ISD inbox);
 *   4. one of the five delivers late: voldaan letter, case closed;
 *   5. the deadline checks as of the herstelopdracht deadline: the other
 *      four escalate, with the niet-voldaan letter.
 *
 * Each step as the role whose permission it needs (libs/auth), with a token
 * of the local Keycloak's demo users and clients (local only).
 *
 * Idempotent: a second start finds everything done and sends nothing.
 */
import { amsterdamDate, schooljaarOf, shiftSchooljaar } from '@inspectorate/scheduling';
import { bearer, type TestIdentity } from '@inspectorate/test-stack';
import type { GeneratedLists } from '../services/registry/src/duo/generate';

export interface DemoUrls {
  registry: string;
  intake: string;
  casework: string;
  notifications: string;
}

const PROVIDER = 'demo-aanbieder';
const NEVER_DELIVER = 5;
const CASE_TYPE = 'bureauonderzoek-monitoring-sociale-veiligheid';
/** Reads of a case are recorded with their reason (and the token's user). */
const OPERATOR = { 'x-reason': 'demo' };

type Log = (message: string) => void;

async function call<T>(
  as: TestIdentity,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
  ok: number[] = [200, 201, 204],
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: {
      ...OPERATOR,
      ...(await bearer(as)),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const parsed = (text ? JSON.parse(text) : null) as T;
  if (!ok.includes(res.status))
    throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, body: parsed };
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A survey provider's delivery for one vestiging (the demo's and the chaos run's). */
export function submission(vestigingCode: string, schooljaar: string) {
  const [from] = schooljaar.split('-');
  return {
    vestigingCode,
    schooljaar,
    instrument: { name: 'Demo Veiligheidsmonitor', version: '1.0' },
    measuringPeriod: { from: `${Number(from) + 1}-02-01`, to: `${Number(from) + 1}-03-15` },
    invited: 200,
    respondents: 170,
    responseRate: 0.85,
    results: [
      { scale: 'feels-safe', group: { kind: 'overall' }, respondents: 170, share: 0.88 },
      { scale: 'bullied', group: { kind: 'overall' }, respondents: 170, share: 0.09 },
    ],
  };
}

interface CaseView {
  _id: string;
  status: string;
  subject: { vestigingCode: string };
  deadlines?: { kind: string; dueOn: string; state: string }[];
}
interface LetterView {
  kenmerk: string;
  template: string;
  state: string;
}

export async function runMonitoringDemo(
  urls: DemoUrls,
  lists: GeneratedLists,
  log: Log,
): Promise<void> {
  const codes = lists.vestigingen.map((v) => `${v.brin}${v.vestigingsnummer}`);

  // 1. Contacts.
  for (const board of lists.boards)
    await call('beheerder', 'PUT', `${urls.registry}/boards/${board.nummer}/contact`, {
      contactEmail: `bestuur-${board.nummer}@demo.example.nl`,
    });
  for (const code of codes)
    await call('beheerder', 'PUT', `${urls.registry}/vestigingen/${code}/contact`, {
      directieEmail: `directie-${code.toLowerCase()}@demo.example.nl`,
    });
  log(`registry: contacts for ${lists.boards.length} boards and ${codes.length} vestigingen`);

  // 2. Provider, consents, deliveries.
  // The latest schooljaar whose deadline (as monitoring-intake has it) has passed.
  const today = amsterdamDate(new Date());
  const deadlineOf = async (sj: string) =>
    (await call<{ deadline: string }>('coordinator', 'GET', `${urls.intake}/deadlines/${sj}`)).body
      .deadline;
  let schooljaar = schooljaarOf(today);
  let deadline = await deadlineOf(schooljaar);
  if (deadline > today) {
    schooljaar = shiftSchooljaar(schooljaar, -1);
    deadline = await deadlineOf(schooljaar);
  }
  // The provider is the local realm's client instrumentaanbieder-demo: its
  // client-credentials tokens act as this provider (ADR 0008).
  await call(
    'beheerder',
    'POST',
    `${urls.intake}/providers`,
    {
      providerId: PROVIDER,
      name: 'Demo instrumentaanbieder',
      clientId: 'instrumentaanbieder-demo',
    },
    {},
    [201, 409],
  );
  // monitoring-intake learns the vestigingen from the registry's events: wait for the last.
  for (const code of codes)
    await until(`monitoring-intake to know ${code}`, async () => {
      const res = await fetch(`${urls.intake}/consents/${schooljaar}/${code}/${PROVIDER}`, {
        method: 'PUT',
        headers: await bearer('client:instrumentaanbieder'),
      });
      return res.ok;
    });
  const silent = codes.slice(0, NEVER_DELIVER);
  const delivering = codes.slice(NEVER_DELIVER);
  const bulk = await call<{ accepted: number; unchanged: number; rejected: number }>(
    'client:instrumentaanbieder',
    'POST',
    `${urls.intake}/provider/submissions/bulk`,
    delivering.map((code) => submission(code, schooljaar)),
  );
  log(
    `monitoring-intake: provider ${PROVIDER}, consents for ${codes.length}; ${schooljaar} delivered for ${delivering.length} (accepted ${bulk.body.accepted}, unchanged ${bulk.body.unchanged}, rejected ${bulk.body.rejected}; late, as today is past ${deadline})`,
  );

  // 3. The sweep as of the deadline.
  const sweep = await call<{ markedMissing: number; alreadyMarked: number }>(
    'coordinator',
    'POST',
    `${urls.intake}/sweeps/${schooljaar}?asOf=${deadline}`,
  );
  log(
    `monitoring-intake: sweep ${schooljaar} as of ${deadline}: ${sweep.body.markedMissing} newly missing, ${sweep.body.alreadyMarked} already`,
  );
  const cases = await until('casework to open the cases', async () => {
    const { body } = await call<{ items: CaseView[] }>(
      'coordinator',
      'GET',
      `${urls.casework}/cases?type=${CASE_TYPE}&limit=500`,
    );
    const mine = body.items.filter((c) => silent.includes(c.subject.vestigingCode));
    return mine.length === silent.length ? mine : undefined;
  });
  const letterOf = (caseId: string, template: string) =>
    until(`the ${template} letter of case ${caseId}`, async () => {
      const { body } = await call<{ letters: LetterView[] }>(
        'coordinator',
        'GET',
        `${urls.notifications}/letters?caseId=${caseId}`,
      );
      return body.letters.find((l) => l.template === template && l.state === 'sent');
    });
  const first = new Map<string, string>();
  for (const c of cases)
    first.set(c._id, (await letterOf(c._id, 'herstelopdracht-monitoring')).kenmerk);
  log(
    `casework + notifications: ${cases.length} cases, herstelopdracht letters ${[...first.values()].join(', ')}`,
  );

  // 4. A late delivery for the first of them. The demo's herstelopdracht
  // deadline is today (scripts/dev.mjs), so the other cases can escalate
  // today; this board asked for, and got, a month more first.
  const lateCase = cases.find((c) => c.subject.vestigingCode === silent[0])!;
  const { body: lateDetail } = await call<CaseView>(
    'coordinator',
    'GET',
    `${urls.casework}/cases/${lateCase._id}`,
  );
  const lateTerm = lateDetail.deadlines?.find((d) => d.kind === 'herstelopdracht');
  if (lateTerm?.state === 'running' && lateTerm.dueOn <= today) {
    await call(
      'coordinator',
      'POST',
      `${urls.casework}/cases/${lateCase._id}/deadlines/herstelopdracht/extend`,
      {
        reason: 'het bestuur vroeg uitstel: de aanbieder levert later',
        duration: 'P1M',
      },
    );
    log(`${silent[0]}: herstelopdracht deadline extended by a month at the board's request`);
  }
  const late = await call(
    'client:instrumentaanbieder',
    'POST',
    `${urls.intake}/provider/submissions`,
    submission(silent[0]!, schooljaar),
    {},
    [200, 201],
  );
  const voldaan = await letterOf(lateCase._id, 'herstelopdracht-voldaan');
  log(
    `${silent[0]} delivered late${late.status === 200 ? ' (on an earlier start)' : ''}: voldaan letter ${voldaan.kenmerk}, quoting ${first.get(lateCase._id)}`,
  );

  // 5. The deadline checks, for today (casework refuses a day that has not come).
  const { body: detail } = await call<CaseView>(
    'coordinator',
    'GET',
    `${urls.casework}/cases/${cases[1]!._id}`,
  );
  const due = detail.deadlines?.find((d) => d.kind === 'herstelopdracht')?.dueOn;
  if (!due) throw new Error(`case ${cases[1]!._id} has no herstelopdracht deadline`);
  if (due > today) {
    log(`the herstelopdracht deadline is ${due}: the deadline checks escalate the others then`);
    return;
  }
  const checks = await call<{ escalated?: number }>(
    'coordinator',
    'POST',
    `${urls.casework}/deadline-checks?asOf=${today}`,
  );
  const escalated = await until('the other cases to escalate', async () => {
    const { body } = await call<{ items: CaseView[] }>(
      'coordinator',
      'GET',
      `${urls.casework}/cases?type=${CASE_TYPE}&queue=coordinators&limit=500`,
    );
    return body.items.length >= silent.length - 1 ? body.items : undefined;
  });
  for (const c of escalated) await letterOf(c._id, 'herstelopdracht-niet-voldaan');
  log(deadlineChecksLine(today, checks.body.escalated ?? 0, escalated.length));
}

/** What step 5 did: on a repeat start the checks escalate nothing and no letter goes out. */
export function deadlineChecksLine(asOf: string, escalatedNow: number, inQueue: number): string {
  const earlier = inQueue - escalatedNow;
  if (escalatedNow === 0)
    return `deadline checks as of ${asOf}: nothing new to escalate; the ${inQueue} in the coordinators' queue got their niet-voldaan letters on an earlier start`;
  return `deadline checks as of ${asOf}: ${escalatedNow} escalated to the coordinators' queue, niet-voldaan letters sent${earlier > 0 ? ` (${earlier} more on an earlier start)` : ''}`;
}
