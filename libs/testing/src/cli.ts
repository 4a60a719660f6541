import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root, for scripts given by their path in it. */
const root = join(__dirname, '../../..');

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript entry point of the repository as an operator runs it
 * (nx's command: node with @swc-node/register, from the root), with `env`
 * over this process's environment, and collects what it printed: CLI tests
 * read stdout and stderr apart (a report on stdout, logs on stderr).
 */
export function runTsScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
