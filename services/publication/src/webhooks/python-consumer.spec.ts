import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSecret, webhookHeaders } from '../domain/standard-webhooks';

/**
 * docs/examples/publication_consumer.py, the stdlib-only Python consumer of
 * the docs: it verifies our signatures (also during a rotation) and refuses
 * a changed body, and follows the changes feed from its saved cursor. Needs
 * python3 on the PATH; skipped where there is none (a few hundred ms otherwise).
 */
const SCRIPT = join(__dirname, '../../../../docs/examples/publication_consumer.py');
const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function python(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile('python3', [SCRIPT, ...args], (error, out, err) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }),
    );
    child.stdin!.end(stdin);
  });
}

// A python3 start takes a second or more on a loaded machine; a test starts up to four.
jest.setTimeout(60_000);

(hasPython ? describe : describe.skip)('the Python consumer example', () => {
  const body = JSON.stringify({
    type: 'publication.item.published',
    timestamp: '2026-11-02T09:00:05.000Z',
    data: { itemId: 'rapport-x', change: 'published' },
  });

  it('verifies a delivery signed by us, with either secret during a rotation', async () => {
    const [next, previous] = [newSecret(randomBytes), newSecret(randomBytes)];
    const headers = webhookHeaders([next, previous], 'msg_1', new Date(), body);
    for (const secret of [next, previous]) {
      const res = await python(
        ['verify', '--secret', secret, '--headers', JSON.stringify(headers)],
        body,
      );
      expect({ code: res.code, err: res.err }).toEqual({ code: 0, err: '' });
      expect(JSON.parse(res.out)).toMatchObject({ type: 'publication.item.published' });
    }
  });

  it('refuses a changed body, another secret and an old timestamp', async () => {
    const secret = newSecret(randomBytes);
    const headers = webhookHeaders([secret], 'msg_2', new Date(), body);
    const changed = await python(
      ['verify', '--secret', secret, '--headers', JSON.stringify(headers)],
      body.replace('rapport-x', 'rapport-y'),
    );
    expect(changed).toMatchObject({ code: 1, err: 'invalid: no signature matches\n' });
    const other = await python(
      ['verify', '--secret', newSecret(randomBytes), '--headers', JSON.stringify(headers)],
      body,
    );
    expect(other.code).toBe(1);
    const old = webhookHeaders([secret], 'msg_3', new Date(Date.now() - 600_000), body);
    expect(
      (await python(['verify', '--secret', secret, '--headers', JSON.stringify(old)], body)).err,
    ).toMatch(/more than 5 minutes off/);
  });

  it('follows the changes feed and goes on from its saved cursor', async () => {
    const asked: (string | null)[] = [];
    const pages: Record<string, unknown> = {
      '': {
        changes: [
          {
            cursor: 'MQ',
            change: 'published',
            itemId: 'a',
            item: { itemId: 'a', version: 1, title: 'A' },
          },
        ],
        more: true,
      },
      MQ: {
        changes: [
          { cursor: 'Mg', change: 'withdrawn', itemId: 'a', item: null, reason: 'rechter' },
        ],
        more: false,
      },
      Mg: { changes: [], more: false },
    };
    const server: Server = createServer((req, res) => {
      const since = new URL(req.url!, 'http://x').searchParams.get('since');
      asked.push(since);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(pages[since ?? '']));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const cursorFile = join(mkdtempSync(join(tmpdir(), 'pubpy-')), 'cursor');
    try {
      const first = await python(['follow', base, '--once', '--cursor-file', cursorFile]);
      expect(first.out).toBe('published a v1: A\nwithdrawn a: rechter\n');
      expect(readFileSync(cursorFile, 'utf8')).toBe('Mg');
      const again = await python(['follow', base, '--once', '--cursor-file', cursorFile]);
      expect(again.out).toBe('');
      expect(asked).toEqual([null, 'MQ', 'Mg']);
    } finally {
      server.close();
    }
  });
});
