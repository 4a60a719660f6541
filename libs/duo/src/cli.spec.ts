import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

describe('runImportCli', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duo-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the report alone on stdout (so it pipes into jq); logs and progress go to stderr', () => {
    const file = join(dir, 'list.csv');
    writeFileSync(file, 'A;B\n1;2\n');
    const run = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/duo/src/cli.fixture.ts', file, '--rows', '3'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ errorCount: 0, rows: 3 });
    expect(run.stderr).toContain('a warning while connecting');
    expect(run.stderr).toContain('a stray line from the import');
    expect(run.stderr).toContain('done in');
  }, 60_000);
});
