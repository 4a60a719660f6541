import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the team keeps real public DUO files: `shared/data/duo` beside the
 * repository clone (so `../shared` from the repo root, as in CI; see
 * shared/data/README.md). Looked for in every ancestor folder, because a git
 * worktree sits deeper than the clone; SHARED_DATA_DIR overrides it.
 */
export function sharedDuoDir(from = __dirname): string {
  const fromEnv = process.env['SHARED_DATA_DIR'];
  if (fromEnv) return join(fromEnv, 'duo');
  // libs/duo/src → the repository root, then upwards.
  const repoRoot = resolve(from, '../../..');
  for (let dir = dirname(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared/data/duo');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(dirname(repoRoot), 'shared/data/duo');
  }
}
