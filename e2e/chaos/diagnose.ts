/*
 * What a failed chaos run prints before it exits non-zero: CI output is all a
 * failed CI run leaves, so it must say why. The checks' table as far as it can
 * be computed (with what the scenario expected so far), the dead letters with
 * their reasons, the cases the scenario was waiting for with their timelines
 * and letters, and the warnings and errors each service process logged.
 * Every part is best effort and time-boxed: the database or the broker may be
 * what is broken.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type CheckDeps, check } from './checks';
import type { FaultRecord } from './faults';
import { warnErrorTail } from './log-tail';
import { report } from './report';
import { CASE_TYPE, type Expected } from './scenario';

/** What the scenario was doing when it stopped (filled as it goes). */
export interface Progress {
  step: string;
  /** Vestigingen whose monitoring case it was waiting for. */
  waitingFor: string[];
}

function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface CaseView {
  _id: string;
  status: string;
  queue: string | null;
  closedAt: Date | null;
  deadlines?: { kind: string; dueOn: string; state: string }[];
  timeline?: { at: Date; actor: string; action: string; detail: string }[];
}
interface LetterView {
  kenmerk: string;
  template: string;
  state: string;
  mail?: { status: string };
}

/** The monitoring case of each vestiging waited for: its timeline and its letters. */
async function cases(deps: CheckDeps, codes: string[], startedMs: number): Promise<string[]> {
  const rel = (d: Date | undefined) =>
    d ? `+${((new Date(d).getTime() - startedMs) / 1000).toFixed(1)} s` : '?';
  const out: string[] = [];
  for (const code of codes.slice(0, 5)) {
    const c = await deps
      .db('casework')
      .collection<CaseView>('cases')
      .findOne({ 'caseType.code': CASE_TYPE, 'subject.vestigingCode': code });
    if (!c) {
      out.push(`case of ${code}: none in casework`);
      continue;
    }
    out.push(
      `case of ${code} (${c._id}): status ${c.status}, queue ${c.queue ?? '-'}, ${c.closedAt ? `closed ${rel(c.closedAt)}` : 'open'}; deadlines: ${(c.deadlines ?? []).map((d) => `${d.kind} ${d.dueOn} ${d.state}`).join(', ') || 'none'}`,
    );
    for (const t of c.timeline ?? [])
      out.push(`  ${rel(t.at)} ${t.actor} ${t.action} ${t.detail}`.slice(0, 220));
    const letters = await deps
      .db('notifications')
      .collection<LetterView>('letters')
      .find({ caseId: c._id }, { projection: { kenmerk: 1, template: 1, state: 1, mail: 1 } })
      .toArray();
    out.push(
      `  letters: ${letters.length ? letters.map((l) => `${l.template} ${l.kenmerk} ${l.state}/${l.mail?.status ?? '-'}`).join('; ') : 'none in notifications'}`,
    );
  }
  if (codes.length > 5) out.push(`(and ${codes.length - 5} more)`);
  return out;
}

/** Warnings and errors of every replica's log in `logDir`, under a heading. */
export function serviceLogs(logDir: string, startedMs: number): string[] {
  const out: string[] = ['', '== service logs (warn/error, repeats collapsed)'];
  let files: string[] = [];
  try {
    files = readdirSync(logDir).filter((f) => f.endsWith('.log'));
  } catch {
    return [...out, `no logs in ${logDir}`];
  }
  for (const file of files.sort()) {
    const tail = warnErrorTail(readFileSync(path.join(logDir, file), 'utf8'), startedMs);
    out.push(`-- ${file}: ${tail.length ? `last ${tail.length} warnings/errors` : 'none'}`);
    out.push(...tail.map((l) => `  ${l}`));
  }
  return out;
}

export async function diagnose(
  deps: CheckDeps,
  run: {
    error: unknown;
    size: string;
    seed: number;
    runId: string;
    startedMs: number;
    expected: Expected;
    progress: Progress;
    faults: FaultRecord[];
    crashed: string[];
    logDir: string;
  },
): Promise<string> {
  const message = run.error instanceof Error ? run.error.message : String(run.error);
  const lines = [
    '',
    `== chaos run FAILED at step "${run.progress.step}": ${message}`,
    `   (seed ${run.seed}; times below are seconds since the run started, as the [chaos …] lines)`,
  ];
  // Tried again for a minute: a run can fail while the database or the broker
  // is away (the national run failed during the database restart).
  const attempt = async (title: string, work: () => Promise<string[]>) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        lines.push('', `== ${title}`, ...(await within(60_000, title, work())));
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          lines.push('', `== ${title}: could not be read (${(error as Error).message})`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
  };
  await attempt('the checks as far as the scenario got (expected counts are partial)', async () => {
    const result = await check(deps, run.expected);
    const text = report({
      size: run.size,
      seed: run.seed,
      runId: run.runId,
      faults: run.faults,
      result,
      crashed: run.crashed,
      seconds: (Date.now() - run.startedMs) / 1000,
    });
    return text.split('\n');
  });
  if (run.progress.waitingFor.length)
    await attempt(`the case(s) it waited for`, () =>
      cases(deps, run.progress.waitingFor, run.startedMs),
    );
  lines.push(...serviceLogs(run.logDir, run.startedMs));
  return lines.join('\n');
}
