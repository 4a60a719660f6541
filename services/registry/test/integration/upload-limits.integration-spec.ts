import type { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  type RunningService,
  bearer,
  sendUntilAnswered,
  serviceEnv,
  startTestService,
  testScope,
} from '@inspectorate/testing';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { MAX_UPLOAD_BYTES } from '@inspectorate/duo';

const CHUNK = 64 * 1024;

/** Uploads `total` bytes, `first` then filler, until the service answers (libs/testing). */
function uploadUntilAnswered(
  port: number,
  headers: Record<string, string>,
  first: Buffer,
  total: number,
) {
  return sendUntilAnswered({
    port,
    path: '/imports',
    headers,
    total,
    chunk: (i) => (i === 0 ? first : Buffer.alloc(CHUNK, 0x41)),
  });
}

describe('registry: uploads refused early, without blocking the service', () => {
  const scope = testScope('registry-upload');
  let service: RunningService;
  // The routes are a beheerder's (libs/auth): a token from the real Keycloak,
  // cached, and fetched again before it expires.
  let beheerder: { authorization: string };
  beforeEach(async () => {
    beheerder = await bearer('beheerder');
  });
  let port: number;

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false }), config);
    port = (service.http.address() as AddressInfo).port;
  });

  afterAll(() => service?.close());

  /** An upload of `total` bytes until answered, checking that /health/live answers meanwhile. */
  async function uploadWhileLive(type: string, first: Buffer, total: number) {
    const upload = uploadUntilAnswered(
      port,
      { ...beheerder, 'content-type': type, 'content-length': String(total) },
      first,
      total,
    );
    const live = Date.now();
    await request(service.http).get('/health/live').expect(200);
    expect(Date.now() - live).toBeLessThan(2_000);
    return upload;
  }

  it('refuses a Content-Length over the limit at once, naming the limit', async () => {
    const total = MAX_UPLOAD_BYTES + 10 * 1024 * 1024;
    const started = Date.now();
    const res = await uploadUntilAnswered(
      port,
      {
        ...beheerder,
        'content-type': 'application/octet-stream',
        'content-length': String(total),
      },
      Buffer.alloc(CHUNK, 0x41),
      total,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ status: 413, limit: MAX_UPLOAD_BYTES });
    expect(JSON.parse(res.body).detail).toContain(String(MAX_UPLOAD_BYTES));
    expect(res.sent).toBeLessThan(total / 10);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a 49 MB binary from its first bytes, and /health/live answers meanwhile', async () => {
    const total = 49 * 1024 * 1024;
    const zip = Buffer.alloc(CHUNK, 0);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    const res = await uploadWhileLive('application/octet-stream', zip, total);
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).detail).toMatch(/file refused: the file is a ZIP archive/);
    // Refused before the body was sent: a handful of chunks, not 49 MB.
    expect(res.sent).toBeLessThan(total / 10);
  });

  it('refuses text with NUL bytes (a binary) the same way, and accepts neither as an import', async () => {
    const res = await request(service.http)
      .post('/imports')
      .set(beheerder)
      .set('content-type', 'text/csv')
      .send(Buffer.from('BRIN;NAAM\u0000\u0001\u0002;x\r\n', 'latin1'))
      .expect(415);
    expect(res.body.detail).toMatch(/binary \(a NUL byte at offset 9\)/);
    const imports = await request(service.http).get('/imports').set(beheerder).expect(200);
    expect(imports.body.total).toBe(0);
  });

  it.each([
    ['the body', 'text/csv', ''],
    [
      'a multipart field',
      'multipart/form-data; boundary=XyZ',
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="lijst.csv"\r\nContent-Type: text/csv\r\n\r\n',
    ],
  ])(
    'refuses a large text upload that is not a DUO list from its header (as %s), before the body was sent',
    async (_label, type, preamble) => {
      const total = 40 * 1024 * 1024;
      const first = Buffer.from(
        `${preamble}naam;adres;telefoon\r\nPiet;Dorpsstraat 1;0612345678\r\n`,
      );
      const res = await uploadWhileLive(type, first, total);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).detail).toMatch(/file refused: not a DUO list/);
      // Read as it arrived and refused at its first line, not after 40 MB.
      expect(res.sent).toBeLessThan(total / 10);
    },
  );
});
