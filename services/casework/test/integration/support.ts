import { BoardRegistered, SchoolRegistered, VestigingRegistered } from '@inspectorate/contracts';
import {
  boardSnapshot,
  type connectDb,
  produceEvents,
  schoolSnapshot,
  type testKafka,
  type testScope,
  vestigingSnapshot,
  waitFor,
} from '@inspectorate/testing';

/**
 * The registry's board 41234, school 12AB and the given vestigingen (named
 * "De Schakel locatie <n>") on the registry topics, and casework's read model
 * holding them all.
 */
export async function seedRegistry(
  kafka: ReturnType<typeof testKafka>,
  scope: ReturnType<typeof testScope>,
  db: Awaited<ReturnType<typeof connectDb>>,
  vestigingen: string[],
): Promise<void> {
  await produceEvents(kafka, scope, [
    {
      definition: BoardRegistered,
      subject: '41234',
      data: { revision: 1, board: boardSnapshot() },
    },
    {
      definition: SchoolRegistered,
      subject: '12AB',
      data: { revision: 1, school: schoolSnapshot() },
    },
    ...vestigingen.map((code, i) => ({
      definition: VestigingRegistered,
      subject: code,
      data: {
        revision: 1,
        vestiging: vestigingSnapshot({ vestigingCode: code, name: `De Schakel locatie ${i}` }),
      },
    })),
  ]);
  const count = (name: string) => db.db.collection(name).countDocuments();
  await waitFor(
    async () =>
      (await count('registry_vestigingen')) === vestigingen.length &&
      (await count('registry_schools')) === 1,
    {
      description: `the registry read model has school 12AB and ${vestigingen.length} vestigingen`,
    },
  );
}
