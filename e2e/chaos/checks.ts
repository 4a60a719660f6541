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
import { landedUnrelayed } from './apart';
import type { WebhookReceiver } from './receiver';
import { CASE_TYPE, type Expected } from './scenario';
import { type CheckRow, tally } from './tally';

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
  closedAt: Date | null;
  queue: string | null;
}
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
  // The registry's events in every read model that needs them.
  for (const [service, collection] of [
    ['monitoring-intake', 'vestigingen'],
    ['casework', 'registry_vestigingen'],
    ['notifications', 'recipients_vestigingen'],
  ] as const) {
    const ids = await deps
      .db(service)
      .collection<{ _id: string }>(collection)
      .find({}, { projection: { _id: 1 } })
      .toArray();
    rows.push(
      tally(
        `read model ${service}.${collection}`,
        expected.vestigingen,
        ids.map((d) => String(d._id)),
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
  rows.push({
    what: 'melding cases',
    expected: expected.meldingen,
    found: meldingCases.length,
    duplicates: Math.max(0, meldingCases.length - expected.meldingen),
    losses: Math.max(0, expected.meldingen - meldingCases.length),
  });
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
  const monitoringLetter = (template: string, codes: string[]) =>
    tally(
      `letters ${template}`,
      codes,
      letters
        .filter((l) => l.template === template && codeOfCase.has(l.caseId))
        .map((l) => codeOfCase.get(l.caseId)!),
    );
  rows.push(monitoringLetter('herstelopdracht-monitoring', expected.missing));
  rows.push(monitoringLetter('herstelopdracht-voldaan', expected.late));
  rows.push(monitoringLetter('herstelopdracht-niet-voldaan', expected.escalated));
  rows.push(
    tally(
      'letters melding-ontvangstbevestiging',
      meldingCases.map((c) => c._id),
      letters.filter((l) => l.template === 'melding-ontvangstbevestiging').map((l) => l.caseId),
    ),
  );
  const klachtIds = cases.filter((c) => c.caseType.code === 'klacht').map((c) => c._id);
  rows.push(
    tally(
      'letters klacht (first letter)',
      klachtIds,
      [
        ...new Set(
          letters
            .filter((l) => klachtIds.includes(l.caseId))
            .map((l) => `${l.caseId}:${l.template}`),
        ),
      ].map((k) => k.split(':')[0]!),
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
      note: 'the run did not start',
    });

  // Mails: one message per mailed letter (board or person, with the afschrift in cc).
  const res = await fetch(`${deps.mailApi}/messages`);
  const messages = (await res.json()) as { subject: string }[];
  const kenmerken = letters.filter((l) => l.mail?.to).map((l) => l.kenmerk);
  const mailed = messages.map((m) => /kenmerk ([^\s)]+)/.exec(m.subject)?.[1] ?? m.subject);
  rows.push(tally('mails (one per letter with an address)', kenmerken, mailed));

  // Publications: one published item per monitoring outcome, each sent to the subscriber.
  const items = await deps
    .db('publication')
    .collection<{ _id: string; kind: string; status: string }>('items')
    .find({}, { projection: { _id: 1, kind: 1, status: 1 } })
    .toArray();
  const published = items.filter((i) => i.status === 'published');
  rows.push({
    what: 'publications (herstelopdracht outcomes)',
    expected: expected.late.length + expected.escalated.length,
    found: published.length,
    duplicates: 0,
    losses: Math.max(0, expected.late.length + expected.escalated.length - published.length),
    note:
      items.length !== published.length
        ? `${items.length - published.length} not published (${[...new Set(items.filter((i) => i.status !== 'published').map((i) => i.status))].join(', ')})`
        : '',
  });
  const feed = await deps
    .db('publication')
    .collection<{ _id: number; itemId: string; change: string }>('feed')
    .find({})
    .toArray();
  const received = deps.receiver.deliveries;
  const byEntry = received.map((r) => `${r.itemId}:${r.change}:${r.cursor}`);
  const distinctIds = new Set(received.map((r) => r.webhookId));
  const row = tally(
    'webhooks (one per feed entry)',
    [...new Set(byEntry)].length >= feed.length
      ? [...new Set(byEntry)]
      : feed.map((f) => String(f._id)),
    [...distinctIds].map((id) => byEntry[received.findIndex((r) => r.webhookId === id)]!),
  );
  row.expected = feed.length;
  row.losses = Math.max(0, feed.length - new Set(byEntry).size);
  row.note = `${received.length - distinctIds.size} redelivered with the same webhook-id`;
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
      const entries = await db
        .collection<{ aggregate: unknown; write: string }>(apart)
        .find({}, { projection: { aggregate: 1, write: 1 } })
        .toArray();
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
