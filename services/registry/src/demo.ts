import {
  type GeneratedLists,
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from './duo/generate';

/** An import as `GET /imports/:id` gives it (the fields a client looks at). */
export interface ImportAnswer {
  _id: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'refused';
  counts?: unknown;
  failure?: string;
  errorCount?: number;
}

/**
 * Uploads a DUO list to the registry (or the gateway's `/api/v1`) and waits
 * for its import: the upload is answered 202 with a Location, applied in the
 * background, and polled here until it is completed (returned) or refused or
 * failed (thrown, with the registry's reason).
 */
export async function uploadDuoList(
  baseUrl: string,
  bytes: Buffer,
  options: { query?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ImportAnswer> {
  const url = `${baseUrl.replace(/\/$/, '')}/imports${options.query ? `?${options.query}` : ''}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...options.headers, 'content-type': 'text/csv' },
    body: new Uint8Array(bytes),
  });
  const accepted = (await res.json()) as ImportAnswer & { detail?: unknown };
  if (res.status !== 202)
    throw new Error(
      `registry refused the upload: ${res.status} ${JSON.stringify(accepted.detail)}`,
    );
  const location = new URL(res.headers.get('location') ?? `imports/${accepted._id}`, url);
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    const poll = await fetch(location, { headers: options.headers ?? {} });
    const report = (await poll.json()) as ImportAnswer;
    if (poll.ok && report.status === 'completed') return report;
    if (poll.ok && (report.status === 'refused' || report.status === 'failed'))
      throw new Error(`import ${report._id} ${report.status}: ${report.failure}`);
    if (Date.now() > deadline)
      throw new Error(
        `import ${accepted._id} not finished in time (${poll.status} ${report.status})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

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
    const body = await uploadDuoList(baseUrl, bytes, { query: `fileName=${fileName}`, headers });
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
