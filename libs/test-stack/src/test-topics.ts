// Test runs leave topics behind: every integration test file gets its own
// topic prefix (testScope: `<label>_<8 hex>.`) and every bench run its own
// (`bench_<6 hex>.`), and a developer's long-lived local broker collects them
// until it runs out of heap (a 512 MB broker died at about 100,000
// partitions). A prefix is in use while the process that made it lives:
// testScope and the bench runner leave a marker file holding their pid
// (markScopeLive), and before each run the jest global setup deletes the
// topics of every prefix whose process is gone (pruneTestTopics). A prefix
// without a marker (a checkout from before markers, a crashed writer) is only
// deleted once it has been seen for an hour, far longer than any test file
// runs. A fresh broker, as in CI, has none, so this costs nothing there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

const MARKERS = path.join(os.tmpdir(), 'inspectorate-test-scopes');
// Only names a test scope or a bench run makes; any other topic is left alone.
const TEST_PREFIX = /^([A-Za-z0-9]{1,20}_[0-9a-f]{8}|bench_[0-9a-f]{6})\./;

/** Records that this process uses the topics and databases of `id`. */
export function markScopeLive(id: string): void {
  fs.mkdirSync(MARKERS, { recursive: true });
  fs.writeFileSync(path.join(MARKERS, id), String(process.pid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const UNMARKED_GRACE_MS = 60 * 60 * 1000;
const UNMARKED_SEEN = path.join(MARKERS, 'unmarked-first-seen.json');

/** Whether a scope may still be in use: its process lives, or it is unmarked and new to us. */
function scopeIsLive(id: string, firstSeen: Record<string, number>, now: number): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(MARKERS, id), 'utf8'));
  } catch {
    firstSeen[id] ??= now;
    return now - firstSeen[id]! < UNMARKED_GRACE_MS;
  }
  return Number.isInteger(pid) && pid > 0 && alive(pid);
}

function readFirstSeen(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(UNMARKED_SEEN, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/** The topics of test scopes and bench runs whose process has ended. */
export function staleTestTopics(
  topics: readonly string[],
  isLive: (id: string) => boolean,
): string[] {
  const live = new Map<string, boolean>();
  return topics.filter((topic) => {
    const id = TEST_PREFIX.exec(topic)?.[1];
    if (!id) return false;
    if (!live.has(id)) live.set(id, isLive(id));
    return !live.get(id);
  });
}

/** Deletes the stale test topics on the broker (and their markers); answers how many went. */
export async function pruneTestTopics(brokers: string[], batch = 500): Promise<number> {
  const admin = new Kafka({
    brokers,
    clientId: 'test-topic-pruner',
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const firstSeen = readFirstSeen();
    const now = Date.now();
    const topics = await admin.listTopics();
    const stale = staleTestTopics(topics, (id) => scopeIsLive(id, firstSeen, now));
    const present = new Set(topics.map((topic) => TEST_PREFIX.exec(topic)?.[1]));
    for (const id of Object.keys(firstSeen)) if (!present.has(id)) delete firstSeen[id];
    for (let i = 0; i < stale.length; i += batch) {
      await admin.deleteTopics({ topics: stale.slice(i, i + batch), timeout: 60_000 });
    }
    for (const id of new Set(stale.map((topic) => TEST_PREFIX.exec(topic)![1]!))) {
      fs.rmSync(path.join(MARKERS, id), { force: true });
      delete firstSeen[id];
    }
    fs.mkdirSync(MARKERS, { recursive: true });
    fs.writeFileSync(UNMARKED_SEEN, JSON.stringify(firstSeen));
    // Markers of ended runs that made no topics (a database-only test).
    for (const id of fs.readdirSync(MARKERS)) {
      if (TEST_PREFIX.test(`${id}.`) && !present.has(id) && !scopeIsLive(id, {}, now)) {
        fs.rmSync(path.join(MARKERS, id), { force: true });
      }
    }
    return stale.length;
  } finally {
    await admin.disconnect();
  }
}
