/*
 * Half-written state in an outbox kept apart (libs/messaging outbox-apart.ts,
 * ADR 0002): an entry whose aggregate was inserted with its write id was due
 * to be published and deleted; one whose aggregate does not carry it belongs
 * to an insert that never landed (its writer died or collided) and is never
 * published by design, so it is not half-written.
 */

export interface ApartEntryRef {
  aggregate: unknown;
  write: string;
}

/**
 * The documents of `outbox_<collection>` as one reference per aggregate: a
 * write's document (one per bulk insert, `aggregates`, its `_id` the write)
 * or a single entry of the format before (`aggregate`, `write`).
 */
export function apartRefs(
  docs: { _id: unknown; aggregates?: unknown[]; aggregate?: unknown; write?: string }[],
): ApartEntryRef[] {
  return docs.flatMap((doc) =>
    Array.isArray(doc.aggregates)
      ? doc.aggregates.map((aggregate) => ({ aggregate, write: String(doc._id) }))
      : doc.write !== undefined
        ? [{ aggregate: doc.aggregate, write: doc.write }]
        : [],
  );
}

export interface AggregateRef {
  _id: unknown;
  outboxWrite?: unknown;
}

/** How many entries belong to an insert that landed (and so wait to be relayed). */
export function landedUnrelayed(entries: ApartEntryRef[], aggregates: AggregateRef[]): number {
  const landed = new Map<string, unknown>();
  for (const a of aggregates) landed.set(String(a._id), a.outboxWrite);
  return entries.filter((e) => landed.get(String(e.aggregate)) === e.write).length;
}
