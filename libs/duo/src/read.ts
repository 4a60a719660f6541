import { TextDecoder } from 'node:util';
import { type DuoEncoding, decodeDuo, decodeWindows1252, hasUtf8Bom } from './decode';
import { type DuoRecord, RecordSplitter } from './records';
import { DuoFileRejected, sniffDuoFile } from './rejected';

/**
 * What a list's reader does with the records: the first is the header (a
 * reader that does not recognise it throws DuoFileRejected, so the rest of
 * the file is not even read), then each row; `finish` gives the result.
 */
export interface RecordSink<T> {
  record(record: DuoRecord): void;
  finish(): T;
}

export interface DuoRead<T> {
  result: T;
  encoding: DuoEncoding;
}

/** A file already in memory, read at once (tests, small fixtures). */
export function readDuoBytes<T>(bytes: Uint8Array, sink: RecordSink<T>): DuoRead<T> {
  sniffDuoFile(bytes);
  const { text, encoding } = decodeDuo(bytes);
  const records: DuoRecord[] = [];
  const splitter = new RecordSplitter();
  splitter.push(text, records);
  splitter.end(records);
  for (const record of records) sink.record(record);
  return { result: sink.finish(), encoding };
}

/** Pieces of an in-memory file, so even that is read without holding the event loop. */
async function* pieces(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  for (let start = 0; start < bytes.length; start += 64 * 1024)
    yield bytes.subarray(start, start + 64 * 1024);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long one stretch of reading may hold the event loop before it lets others run. */
const SLICE_MS = 20;

/**
 * A file as it arrives (an upload, a file stream): decoded, split into
 * records and handed to the sink chunk by chunk, giving the event loop back
 * between stretches of work, so a large file never blocks the service.
 *
 * The encoding rule is the whole-file one of decodeDuo: UTF-8 when the whole
 * file is valid UTF-8, else Windows-1252. Read as UTF-8 until a byte says
 * otherwise; then the file is read again from its start, as Windows-1252, by
 * a fresh sink (`makeSink` is called again). In DUO's Windows-1252 lists the
 * first non-ASCII byte comes early, so this costs a few lines.
 */
export async function readDuoStream<T>(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  makeSink: () => RecordSink<T>,
): Promise<DuoRead<T>> {
  const chunks = source instanceof Uint8Array ? pieces(source) : source;
  let sink = makeSink();
  let splitter = new RecordSplitter();
  let utf8: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  let bom = false;
  // The bytes so far, while the file may still turn out not to be UTF-8.
  const kept: Uint8Array[] = [];
  let first = true;
  let slice = performance.now();
  const records: DuoRecord[] = [];
  const feed = (text: string) => {
    splitter.push(text, records);
    for (const record of records) sink.record(record);
    records.length = 0;
  };
  const asWindows1252 = () => {
    if (bom)
      throw new DuoFileRejected(
        'the file starts with a UTF-8 byte-order mark but is not valid UTF-8',
      );
    utf8 = null;
    sink = makeSink();
    splitter = new RecordSplitter();
    const text = kept.map(decodeWindows1252).join('');
    kept.length = 0;
    feed(text);
  };
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (first) {
      sniffDuoFile(chunk);
      bom = hasUtf8Bom(chunk);
      first = false;
    }
    if (utf8) {
      kept.push(chunk);
      let text: string | null = null;
      try {
        text = utf8.decode(chunk, { stream: true });
      } catch {
        asWindows1252();
      }
      if (text !== null) feed(text);
    } else feed(decodeWindows1252(chunk));
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
  }
  if (utf8) {
    let rest: string | null = null;
    try {
      rest = (utf8 as TextDecoder).decode();
    } catch {
      asWindows1252();
    }
    if (rest !== null) feed(rest);
  }
  splitter.end(records);
  for (const record of records) sink.record(record);
  return { result: sink.finish(), encoding: utf8 ? 'utf-8' : 'windows-1252' };
}
