import {
  type GeneratedLists,
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from './duo/generate';

/**
 * Demo data for `npm start`: a small generated DUO boards list and a list of
 * about 40 vestigingen (po and vo), imported through the running registry's
 * HTTP API, as an operator would upload them. Idempotent: the same seed gives
 * the same lists, so a second start imports nothing new and emits nothing.
 */
export async function loadDemoData(
  baseUrl: string,
  log: (message: string) => void = () => undefined,
  /** A beheerder's `authorization` header: imports need the permission registry.import. */
  headers: Record<string, string> = {},
): Promise<{ boards: unknown; vestigingen: unknown; lists: GeneratedLists }> {
  const lists = generateDuoLists({ seed: 42, boards: 8, po: 28, vo: 12 });
  const upload = async (bytes: Buffer, fileName: string) => {
    const res = await fetch(`${baseUrl.replace(/\/$/, '')}/imports?fileName=${fileName}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: bytes,
    });
    const body = (await res.json()) as { counts?: unknown; message?: unknown };
    if (!res.ok)
      throw new Error(
        `registry refused ${fileName}: ${res.status} ${JSON.stringify(body.message)}`,
      );
    log(`registry: imported ${fileName}: ${JSON.stringify(body.counts)}`);
    return body;
  };
  const boards = await upload(renderBoardsList(lists.boards), 'demo-bevoegde-gezagen.csv');
  const vestigingen = await upload(
    renderVestigingenList(lists.vestigingen),
    'demo-vestigingen.csv',
  );
  return { boards, vestigingen, lists };
}
