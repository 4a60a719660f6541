/*
 * What the run must have left behind, read from the databases, the topics,
 * the mail catcher and the webhook receiver once everything is quiet: every
 * expected case, letter, mail, publication and webhook exactly once, every
 * produced event consumed (or dead-lettered, with its reason), no outbox
 * entry left unrelayed (in the aggregate or kept apart) and no letter stuck.
 */
import type { Admin, Kafka } from 'kafkajs';
import type { Db, MongoClient } from 'mongodb';
import { apartCollectionOf } from '@inspectorate/messaging';
import { until } from './api';
import { apartRefs, landedUnrelayed } from './apart';
import type { WebhookReceiver } from './receiver';
import { CASE_TYPE, type Expected } from './scenario';
import { type CheckRow, expectedVestigingen, tally, vestigingKey } from './tally';

export interface DeadLetter {
  topic: string;
  reason: string;
  error: string;
}

export interface CheckResult {
  rows: CheckRow[];
  deadLetters: DeadLetter[];
  events: { produced: number; unconsumed: string[] };
  halfWritten: string[];
}

interface CaseDoc {
  _id: string;
  uniqueKey: string;
  caseType: { code: string };
  subject: { vestigingCode?: string | null };
  facts?: Record<string, string>;
  closedAt: Date | null;
  queue: string | null;
}
interface ItemDoc {
  _id: string;
  kind: string;
  status: string;
  content?: { subject?: { vestigingCode?: string | null }; fields?: Record<string, unknown> };
}
/** publication's item kind of a herstelopdracht's outcome (services/publication rules). */
const OUTCOME = 'herstelopdracht-uitkomst';
interface LetterDoc {
  _id: string;
  kenmerk: string;
  caseId: string;
  template: string;
  state: string;
  mail: { status: string; to: string | null };
}

export interface CheckDeps {
  mongo: MongoClient;
  kafka: Kafka;
  runId: string;
  mailApi: string;
  receiver: WebhookReceiver;
  db(service: string): Db;
  log(m: string): void;
}

/** Offsets every group of the run committed vs. the ends of the topics it reads. */
async function unconsumed(
  admin: Admin,
  prefix: string,
): Promise<{ produced: number; behind: string[] }> {
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
  let produced = 0;
  const ends = new Map<string, { partition: number; high: string; low: string }[]>();
  for (const topic of topics) {
    const offsets = await admin.fetchTopicOffsets(topic);
    ends.set(topic, offsets);
    if (!topic.endsWith('.dlq')) produced += offsets.reduce((n, o) => n + Number(o.high), 0);
  }
  const behind: string[] = [];
  const { groups } = await admin.listGroups();
  for (const { groupId } of groups.filter((g) => g.groupId.startsWith(prefix))) {
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
      for (const end of ends.get(topic) ?? []) {
        const at = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
        if ((at < 0 ? Number(end.low) : at) < Number(end.high))
          behind.push(`${groupId} on ${topic}[${end.partition}]: ${at} < ${end.high}`);
      }
    }
  }
  return { produced, behind };
}

async function deadLetters(kafka: Kafka, admin: Admin, prefix: string): Promise<DeadLetter[]> {
  const topics = (await admin.listTopics()).filter(
    (t) => t.startsWith(prefix) && t.endsWith('.dlq'),
  );
  const out: DeadLetter[] = [];
  for (const topic of topics) {
    const total = (await admin.fetchTopicOffsets(topic)).reduce(
      (n, o) => n + Number(o.high) - Number(o.low),
      0,
    );
    if (total === 0) continue;
    const consumer = kafka.consumer({ groupId: `chaos-check-${Date.now()}-${out.length}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const mine: DeadLetter[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        const h = (name: string) => message.headers?.[name]?.toString() ?? '';
        mine.push({
          topic: topic.slice(prefix.length),
          reason: h('x-dlq-reason'),
          error: h('x-dlq-error').slice(0, 160),
        });
      },
    });
    await until(`the ${total} dead letters of ${topic}`, async () => mine.length >= total, 60_000);
    await consumer.disconnect();
    out.push(...mine);
  }
  return out;
}

/** Waits until the system is quiet: every group caught up, every expected letter mailed. */
export async function waitQuiet(
  deps: CheckDeps,
  expected: Expected,
  timeoutMs: number,
): Promise<void> {
  const admin = deps.kafka.admin();
  await admin.connect();
  try {
    const letters = expected.missing.length + expected.late.length + expected.escalated.length;
    await until(
      'the system to settle (every group caught up, every letter sent)',
      async () => {
        const { behind } = await unconsumed(admin, `${deps.runId}.`);
        const sent = await deps
          .db('notifications')
          .collection('letters')
          .countDocuments({ state: 'sent' });
        const pending = await deps
          .db('notifications')
          .collection('letters')
          .countDocuments({ due: true });
        // Publication's job publishes what is due every 5 s, and the deliverer
        // sends the feed to the subscriber: a check right after the last
        // outcome found them still scheduled (a loss that was not one).
        const items = deps.db('publication').collection('items');
        const outcomes = await items.countDocuments({});
        const scheduled = await items.countDocuments({ status: 'scheduled' });
        const feed = await deps.db('publication').collection('feed').countDocuments({});
        const delivered = new Set(deps.receiver.deliveries.map((r) => r.webhookId)).size;
        return (
          behind.length === 0 &&
          sent >= letters &&
          pending === 0 &&
          outcomes >= expected.late.length + expected.escalated.length &&
          scheduled === 0 &&
          delivered >= feed
        );
      },
      timeoutMs,
    ).catch((error: Error) => deps.log(`not quiet: ${error.message}`));
  } finally {
    await admin.disconnect();
  }
}

export async function check(deps: CheckDeps, expected: Expected): Promise<CheckResult> {
  const rows: CheckRow[] = [];
  // The registry's events in every read model that needs them: the open
  // vestigingen and the closed ones, each in its state (and with its end date
  // where the model keeps one), and nothing else.
  for (const [service, collection, endDate] of [
    ['monitoring-intake', 'vestigingen', true],
    ['casework', 'registry_vestigingen', false],
    ['notifications', 'recipients_vestigingen', false],
  ] as const) {
    const docs = await deps
      .db(service)
      .collection<{ _id: string; status?: string; closedOn?: string | null }>(collection)
      .find({}, { projection: { _id: 1, status: 1, closedOn: 1 } })
      .toArray();
    const closedOn = endDate ? (expected.closedOn ?? 'the date August applied as') : null;
    rows.push(
      tally(
        `read model ${service}.${collection}`,
        expectedVestigingen(expected.vestigingen, expected.closed, closedOn),
        docs.map(vestigingKey),
        expected.closed.length
          ? `${expected.closed.length} closed${endDate ? ` on ${closedOn}` : ''}`
          : undefined,
      ),
    );
  }
  const cases = await deps.db('casework').collection<CaseDoc>('cases').find({}).toArray();
  const monitoring = cases.filter((c) => c.caseType.code === CASE_TYPE);
  const codeOfCase = new Map(monitoring.map((c) => [c._id, c.subject.vestigingCode ?? '']));
  rows.push(
    tally(
      'monitoring cases',
      expected.missing,
      monitoring.map((c) => c.subject.vestigingCode ?? ''),
    ),
  );
  const meldingCases = cases.filter((c) => c.caseType.code === 'melding');
  // By the reporter's address (one per melding): a melding the client gave up
  // on may or may not have been registered, so it is neither lost nor extra.
  const reporterOf = (c: CaseDoc) => (c.facts?.['reporterEmail'] ?? '').toLowerCase();
  const unanswered = new Set(expected.meldingenUnanswered.map((m) => m.toLowerCase()));
  rows.push(
    tally(
      'melding cases',
      expected.meldingen.map((m) => m.toLowerCase()),
      meldingCases.map(reporterOf).filter((m) => !unanswered.has(m)),
      unanswered.size ? `${unanswered.size} not answered, not counted` : undefined,
    ),
  );
  rows.push(
    tally(
      'klacht cases',
      expected.klachten.map((r) => `klacht:${r}`),
      cases.filter((c) => c.caseType.code === 'klacht').map((c) => c.uniqueKey),
    ),
  );
  rows.push(
    tally(
      'escalated (coordinators)',
      expected.escalated,
      monitoring.filter((c) => c.queue === 'coordinators').map((c) => codeOfCase.get(c._id)!),
    ),
  );

  const letters = await deps
    .db('notifications')
    .collection<LetterDoc>('letters')
    .find({}, { projection: { outbox: 0, text: 0, attachments: 0 } })
    .toArray();
  // Every letter of the cases the scenario drives is in one of the rows below.
  const counted = new Set<string>();
  const lettersOf = (keep: (l: LetterDoc) => boolean) =>
    letters.filter((l) => keep(l) && counted.add(l._id));
  const monitoringLetter = (template: string, codes: string[]) =>
    tally(
      `letters ${template}`,
      codes,
      lettersOf((l) => l.template === template && codeOfCase.has(l.caseId)).map((l) =>
        codeOfCase.get(l.caseId)!,
      ),
    );
  rows.push(monitoringLetter('herstelopdracht-monitoring', expected.missing));
  rows.push(monitoringLetter('herstelopdracht-voldaan', expected.late));
  rows.push(monitoringLetter('herstelopdracht-niet-voldaan', expected.escalated));
  rows.push(
    tally(
      'letters melding-ontvangstbevestiging',
      meldingCases.map((c) => c._id),
      lettersOf((l) => l.template === 'melding-ontvangstbevestiging').map((l) => l.caseId),
    ),
  );
  const klachtIds = cases.filter((c) => c.caseType.code === 'klacht').map((c) => c._id);
  const klachtSet = new Set(klachtIds);
  rows.push(
    tally(
      'letters klacht (first letter)',
      klachtIds,
      [
        ...new Set(
          lettersOf((l) => klachtSet.has(l.caseId)).map((l) => `${l.caseId}:${l.template}`),
        ),
      ].map((k) => k.split(':')[0]!),
    ),
  );
  // A letter of those cases in none of the rows above, or of no case at all,
  // should not exist. (Cases the scenario does not drive, such as the risk
  // run's handmatige analyses, have no expected set: their letters are not checked.)
  const driven = new Set([...codeOfCase.keys(), ...meldingCases.map((c) => c._id), ...klachtIds]);
  const allCases = new Set(cases.map((c) => c._id));
  rows.push(
    tally(
      'letters of no expected kind',
      [],
      letters
        .filter((l) => !counted.has(l._id) && (driven.has(l.caseId) || !allCases.has(l.caseId)))
        .map((l) => `${l.template} ${l.kenmerk}`),
    ),
  );

  // The yearly risk run: completed, one assessment per open vestiging and per board.
  if (expected.riskRunId) {
    const risk = deps.db('risk-analysis');
    const run = await risk
      .collection<{ _id: string; status: string }>('runs')
      .findOne({ _id: expected.riskRunId });
    const chunks = await risk
      .collection<{ assessments: string }>('assessments')
      .find({ runId: expected.riskRunId })
      .toArray();
    const keys = chunks.flatMap((c) =>
      (JSON.parse(c.assessments) as { kind: string; id: string }[]).map((a) => `${a.kind}|${a.id}`),
    );
    rows.push({
      ...tally(
        'risk assessments (one run)',
        [
          ...expected.vestigingen.map((v) => `vestiging|${v}`),
          ...expected.boards.map((b) => `bestuur|${b}`),
        ],
        keys,
      ),
      note: `run ${run?.status ?? 'missing'}`,
    });
  } else
    rows.push({
      what: 'risk assessments (one run)',
      expected: 1,
      found: 0,
      duplicates: 0,
      losses: 1,
      extras: 0,
      note: 'the run did not start',
    });

  // Mails: one message per mailed letter (board or person, with the afschrift in cc).
  // Only this run's: every address the scenario gives carries the run id (a
  // mail catcher kept from an earlier run holds that run's too).
  const res = await fetch(`${deps.mailApi}/messages`);
  const messages = (await res.json()) as { subject: string; envelope?: { to?: string[] } }[];
  const kenmerken = letters.filter((l) => l.mail?.to).map((l) => l.kenmerk);
  const known = new Set(kenmerken);
  const ofRun = `-${deps.runId.toLowerCase()}@`;
  const mailed = messages
    .map((m) => ({
      kenmerk: /kenmerk ([^\s)]+)/.exec(m.subject)?.[1] ?? m.subject,
      ours: (m.envelope?.to ?? []).some((to) => to.toLowerCase().includes(ofRun)),
    }))
    .filter((m) => m.ours || known.has(m.kenmerk))
    .map((m) => m.kenmerk);
  rows.push(tally('mails (one per letter with an address)', kenmerken, mailed));

  // Publications: one published item per monitoring outcome (its vestiging
  // and outcome), each sent to the subscriber; an item of anything else should not exist.
  const items = await deps
    .db('publication')
    .collection<ItemDoc>('items')
    .find(
      {},
      {
        projection: {
          _id: 1,
          kind: 1,
          status: 1,
          'content.subject.vestigingCode': 1,
          'content.fields.outcome': 1,
        },
      },
    )
    .toArray();
  const itemKey = (i: ItemDoc) =>
    `${i.kind} ${i.content?.subject?.vestigingCode ?? '-'} ${String(i.content?.fields?.['outcome'] ?? '-')}`;
  const outcomes = [
    ...expected.late.map((c) => `${OUTCOME} ${c} voldaan`),
    ...expected.escalated.map((c) => `${OUTCOME} ${c} niet-voldaan`),
  ];
  const wanted = new Set(outcomes);
  const unpublished = items.filter((i) => i.status !== 'published');
  const publications = tally(
    'publications (herstelopdracht outcomes)',
    outcomes,
    items.filter((i) => i.status === 'published').map(itemKey),
    unpublished.length
      ? `${unpublished.length} not published (${[...new Set(unpublished.map((i) => i.status))].join(', ')})`
      : undefined,
  );
  // One not published is a loss when expected, and should not exist at all otherwise.
  publications.extras += unpublished.filter((i) => !wanted.has(itemKey(i))).length;
  rows.push(publications);
  const feed = await deps
    .db('publication')
    .collection<{ _id: number; itemId: string; change: string }>('feed')
    .find({})
    .toArray();
  // One delivery per feed entry (its item, change and cursor, as the deliverer
  // sends them): an entry under two webhook-ids is a duplicate, a delivery of
  // no entry an extra. Redeliveries with the same webhook-id are a receiver's
  // to deduplicate: counted apart.
  const entryKey = (itemId: string, change: string, cursor: string) =>
    `${itemId}:${change}:${cursor}`;
  const received = deps.receiver.deliveries;
  const byWebhookId = new Map<string, string>();
  for (const r of received)
    if (!byWebhookId.has(r.webhookId))
      byWebhookId.set(r.webhookId, entryKey(r.itemId, r.change, r.cursor));
  const row = tally(
    'webhooks (one per feed entry)',
    feed.map((f) =>
      entryKey(f.itemId, f.change, Buffer.from(JSON.stringify(f._id)).toString('base64url')),
    ),
    [...byWebhookId.values()],
  );
  row.note = [
    `${received.length - byWebhookId.size} redelivered with the same webhook-id`,
    row.note,
  ]
    .filter(Boolean)
    .join('; ');
  rows.push(row);

  // Events: consumed by every group that reads them, or dead-lettered.
  const admin = deps.kafka.admin();
  await admin.connect();
  let events: CheckResult['events'];
  let dead: DeadLetter[];
  try {
    const u = await unconsumed(admin, `${deps.runId}.`);
    events = { produced: u.produced, unconsumed: u.behind };
    dead = await deadLetters(deps.kafka, admin, `${deps.runId}.`);
  } finally {
    await admin.disconnect();
  }

  // Half-written: an outbox entry never relayed, a letter never finished.
  const halfWritten: string[] = [];
  for (const service of [
    'registry',
    'monitoring-intake',
    'casework',
    'notifications',
    'publication',
    'gateway',
  ]) {
    const db = deps.db(service);
    const names = new Set((await db.listCollections().toArray()).map((c) => c.name));
    for (const name of names) {
      const n = await db.collection(name).countDocuments({ outboxPending: true });
      if (n > 0) halfWritten.push(`${service}.${name}: ${n} with an unrelayed outbox`);
      // The events of inserts kept apart (ADR 0002) are not marked on the aggregate.
      const apart = apartCollectionOf(name);
      if (!names.has(apart)) continue;
      const entries = apartRefs(
        await db
          .collection<{
            _id: unknown;
            aggregates?: unknown[];
            aggregate?: unknown;
            write?: string;
          }>(apart)
          .find({}, { projection: { aggregate: 1, write: 1, aggregates: 1 } })
          .toArray(),
      );
      if (entries.length === 0) continue;
      const aggregates = await db
        .collection(name)
        .find(
          { _id: { $in: [...new Set(entries.map((e) => e.aggregate))] as never[] } },
          { projection: { outboxWrite: 1 } },
        )
        .toArray();
      const waiting = landedUnrelayed(entries, aggregates);
      if (waiting > 0)
        halfWritten.push(`${service}.${apart}: ${waiting} events of stored inserts unrelayed`);
    }
  }
  const stuck = letters.filter((l) => l.state !== 'sent');
  if (stuck.length)
    halfWritten.push(
      `notifications.letters: ${stuck.length} not sent (${[...new Set(stuck.map((l) => l.state))].join(', ')})`,
    );
  return { rows, deadLetters: dead, events, halfWritten };
}
