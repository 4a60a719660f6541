import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';

/** How many processed event ids an aggregate remembers. */
export const PROCESSED_IDS_KEPT = 500;

/**
 * Applies an update to one document at most once per event id, by keeping the
 * ids of the events already applied in the document itself
 * (`processedEventIds`), in the same atomic write as the effect.
 *
 * For effects that are not idempotent by nature (counters, appends). Upserts
 * on natural keys need no such guard.
 */
export async function applyOnce<T extends Document>(
  collection: Collection<T>,
  filter: Filter<T>,
  update: UpdateFilter<T>,
  eventId: string,
  options: { upsert?: boolean } = {},
): Promise<'applied' | 'duplicate'> {
  const push = (update['$push'] as Record<string, unknown> | undefined) ?? {};
  try {
    const result = await collection.updateOne(
      { ...filter, processedEventIds: { $ne: eventId } } as Filter<T>,
      {
        ...update,
        $push: { ...push, processedEventIds: { $each: [eventId], $slice: -PROCESSED_IDS_KEPT } },
      } as unknown as UpdateFilter<T>,
      { upsert: options.upsert ?? false },
    );
    return result.modifiedCount + result.upsertedCount > 0 ? 'applied' : 'duplicate';
  } catch (error) {
    // With upsert, a document that already holds the id does not match the
    // filter, so the insert collides with its _id: that is a duplicate too.
    if ((error as { code?: number }).code === 11000) return 'duplicate';
    throw error;
  }
}
