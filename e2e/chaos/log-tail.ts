/*
 * The warnings and errors of a service process's log (pino JSON lines, and
 * whatever else it wrote to stderr), compact enough for CI output, which is
 * all a failed CI run leaves us: one short line per message, repeats of the
 * same message (the broker away: hundreds of reconnect attempts) counted on
 * the line of their last occurrence, the last `max` messages kept.
 */

const LEVELS: Record<number, string> = { 40: 'warn', 50: 'error', 60: 'fatal' };
const WIDTH = 260;

interface Entry {
  /** When, as seconds since the run started (null when the line has no time). */
  atS: number | null;
  level: string;
  text: string;
}

interface PinoLine {
  level?: string | number;
  time?: string | number;
  context?: string;
  msg?: string;
  err?: { type?: string; message?: string; code?: string | number };
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** kafkajs appends its log entry as JSON (timestamp, retry counts, stack): only its `error` is kept. */
function withoutKafkaJson(msg: string): string {
  const at = msg.indexOf(' {"timestamp"');
  if (at < 0) return msg;
  try {
    const extra = JSON.parse(msg.slice(at + 1)) as { error?: string };
    return `${msg.slice(0, at)}${extra.error ? ` (${extra.error})` : ''}`;
  } catch {
    return msg.slice(0, at);
  }
}

function fromJson(o: PinoLine, runStartedMs: number): Entry | null {
  const level = typeof o.level === 'number' ? (LEVELS[o.level] ?? '') : (o.level ?? '');
  if (!['warn', 'error', 'fatal'].includes(level)) return null;
  const time = o.time === undefined ? NaN : new Date(o.time).getTime();
  const err = o.err?.message && o.err.message !== o.msg ? ` | ${o.err.message}` : '';
  const code = o.err?.code === undefined ? '' : ` (${o.err.code})`;
  // pino-http's line: which request got which answer, not its headers.
  const request = o.req?.method
    ? ` ${o.req.method} ${o.req.url ?? ''} → ${o.res?.statusCode ?? '?'} in ${o.responseTime ?? '?'} ms`
    : '';
  return {
    atS: Number.isNaN(time) ? null : (time - runStartedMs) / 1000,
    level,
    text: `${o.context ? `${o.context}: ` : ''}${withoutKafkaJson(o.msg ?? '')}${request}${err}${code}`,
  };
}

function parse(line: string, runStartedMs: number): Entry | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('{')) {
    try {
      return fromJson(JSON.parse(trimmed) as PinoLine, runStartedMs);
    } catch {
      // Not JSON after all: taken as plain text below.
    }
  }
  // A plain line (a crash on stderr), only when it says so
  // (`TypeError:`, `UnhandledPromiseRejectionWarning`: no word boundary before it).
  const m = /(error|warn|fatal)/i.exec(trimmed);
  if (!m) return null;
  return { atS: null, level: m[1]!.toLowerCase() === 'warn' ? 'warn' : 'error', text: trimmed };
}

/**
 * What makes two entries "the same message": without ids, codes and numbers
 * (any word with a digit: a vestiging code, a kenmerk, a port, a retry count),
 * so a request to the same route with the same answer counts as one.
 */
const keyOf = (e: Entry) => `${e.level} ${e.text.replace(/[\w.:-]*\d[\w.:-]*/g, '#')}`;

/**
 * The last `max` warn/error messages of a log's text, in the order of their
 * last occurrence, a repeated one once with its count and first time:
 * `+80.2 s error OutboxRelay: ... (×12 since +65.7 s)`.
 */
export function warnErrorTail(text: string, runStartedMs: number, max = 40): string[] {
  // A Map keeps insertion order: deleted and set again, a message moves to the end.
  const groups = new Map<string, { first: Entry; last: Entry; count: number }>();
  for (const line of text.split('\n')) {
    const entry = parse(line, runStartedMs);
    if (!entry) continue;
    const key = keyOf(entry);
    const group = groups.get(key) ?? { first: entry, last: entry, count: 0 };
    group.count += 1;
    group.last = entry;
    groups.delete(key);
    groups.set(key, group);
  }
  const at = (e: Entry) => (e.atS === null ? '' : `+${e.atS.toFixed(1)} s`);
  return [...groups.values()].slice(-max).map(({ first, last, count }) => {
    const since = first.atS === null ? '' : ` since ${at(first)}`;
    const repeat = count > 1 ? ` (×${count}${since})` : '';
    const text = last.text.replace(/\s+/g, ' ');
    const short = text.length > WIDTH ? `${text.slice(0, WIDTH)}…` : text;
    return `${last.atS === null ? '' : `${at(last)} `}${last.level} ${short}${repeat}`;
  });
}
