import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apartCollectionOf } from '@inspectorate/messaging';
import { connectDb, serviceEnv, runTsScript, testScope } from '@inspectorate/testing';
import { generateDuoLists, renderBoardsList } from '../../src/duo/generate';

/** The registry's CLI as an operator runs it (nx's command), in this test's scope. */
const cli = (args: string[], env: Record<string, string>) =>
  runTsScript('services/registry/src/cli/import.ts', args, env);

/** The report: stdout is that JSON and nothing else (log lines go to stderr), or empty. */
function reportOf(stdout: string): Record<string, unknown> | null {
  return stdout === '' ? null : (JSON.parse(stdout) as Record<string, unknown>);
}

/**
 * `nx run registry:import -- <file>`: libs/duo's command (the file streamed
 * from disk, progress on stderr, the report on stdout, exit 0/2/1) on the
 * registry's import, against the real broker and FerretDB.
 */
describe('registry: the import CLI', () => {
  const scope = testScope('registry-cli');
  const env = serviceEnv(scope);
  const dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  const lists = generateDuoLists({ seed: 23, boards: 3, po: 4, vo: 2 });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a boards list, waits for its events, and prints the report (exit 0)', async () => {
    const file = join(dir, 'besturen.csv');
    writeFileSync(file, renderBoardsList(lists.boards));
    const run = await cli([file], env);
    expect(run.stderr).toMatch(/done in [0-9.]+ s: 3 rows applied, 0 refused/);
    expect(run.code).toBe(0);
    expect(reportOf(run.stdout)).toMatchObject({
      kind: 'boards',
      fileName: 'besturen.csv',
      status: 'completed',
      appliedRows: 3,
      errorCount: 0,
    });
    // It returned once the events had left the outboxes for Kafka.
    const { db, close } = await connectDb(scope);
    try {
      expect(await db.collection('boards').countDocuments({})).toBe(3);
      expect(await db.collection('boards').countDocuments({ outboxPending: true })).toBe(0);
      // The inserts' events wait apart (ADR 0002): none left there either.
      expect(await db.collection(apartCollectionOf('boards')).countDocuments({})).toBe(0);
    } finally {
      await close();
    }
  }, 180_000);

  it('refuses a file that is not a DUO list (exit 1, no report)', async () => {
    const file = join(dir, 'notes.csv');
    writeFileSync(file, 'a;b;c\n1;2;3\n');
    const run = await cli([file], env);
    expect(run.stderr).toMatch(/file refused: /);
    expect(reportOf(run.stdout)).toBeNull();
    expect(run.code).toBe(1);
  }, 180_000);

  it('says what is wrong with an option, and how to use it (exit 1)', async () => {
    const run = await cli(['--sector', 'xx', join(dir, 'besturen.csv')], env);
    expect(run.stderr).toContain("registry import: --sector 'xx' is not one of po, so, vso, vo");
    expect(run.stderr).toContain('npx nx run registry:import -- <file>');
    expect(run.code).toBe(1);
  }, 60_000);
});
