import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceEnv, runTsScript, testScope } from '@inspectorate/testing';
import { realFile } from '../../src/duo/real-files';

/** risk-analysis's CLI as an operator runs it (nx's command), in this test's scope. */
const cli = (args: string[], env: Record<string, string>) =>
  runTsScript('services/risk-analysis/src/cli/import.ts', args, env);

/**
 * `nx run risk-analysis:import -- <file>` against the real broker and
 * FerretDB: stdout is the report and nothing else (an operator pipes it into
 * jq), while the service's own log lines (kafkajs's warnings at connect) go
 * to stderr with the progress.
 */
describe('risk-analysis: the import CLI', () => {
  const env = serviceEnv(testScope('risk-cli'));
  const dir = mkdtempSync(join(tmpdir(), 'risk-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a real DUO file: the report alone on stdout, valid JSON (exit 0)', async () => {
    const run = await cli([realFile('balans')!], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      list: 'balans',
      period: '2011..2015',
      status: 'completed',
      totalRows: 5434,
      importedRows: 5434,
      errorCount: 0,
    });
    expect(run.stderr).toMatch(/done in [0-9.]+ s: balans 2011\.\.2015, 5434 rows stored, 0 bad/);
  }, 180_000);

  it('refuses a file that is not one of the lists: nothing on stdout (exit 1)', async () => {
    const file = join(dir, 'notes.csv');
    writeFileSync(file, 'a;b;c\n1;2;3\n');
    const run = await cli([file], env);
    expect(run.stderr).toMatch(/file refused: /);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  }, 180_000);
});
