import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  decide,
  JITTER_FRACTION,
  MAX_ATTEMPTS,
  newSecret,
  parseRetryAfter,
  RETRY_DELAYS_MS,
  retryDelayMs,
  secretKey,
  sign,
  verify,
  webhookHeaders,
} from './standard-webhooks';

const SECRET = 'whsec_' + Buffer.from('0123456789abcdef0123456789abcdef').toString('base64');
const OLD_SECRET = 'whsec_' + Buffer.from('fedcba9876543210fedcba9876543210').toString('base64');
const body = JSON.stringify({ type: 'publication.published.v1', data: { brin: '12AB' } });
const mid = () => 0.5;

describe('signing (Standard Webhooks)', () => {
  it('matches a hand-computed HMAC-SHA256 over "id.timestamp.body"', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const expected = createHmac('sha256', key).update(`msg_1.1700000000.${body}`).digest('base64');
    expect(sign(SECRET, 'msg_1', 1700000000, body)).toBe(`v1,${expected}`);
  });

  it('is verified by the third-party standardwebhooks package', () => {
    const headers = webhookHeaders([SECRET], 'msg_2', new Date(), body);
    expect(new Webhook(SECRET).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation; a receiver with either verifies', () => {
    const headers = webhookHeaders([SECRET, OLD_SECRET], 'msg_3', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(SECRET).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(OLD_SECRET).verify(body, { ...headers })).not.toThrow();
  });

  it.each([
    ['a changed body', (h: Record<string, string>) => h, body.replace('12AB', '99ZZ')],
    ['another id', (h: Record<string, string>) => ({ ...h, 'webhook-id': 'msg_other' }), body],
    [
      'another timestamp',
      (h: Record<string, string>) => ({
        ...h,
        'webhook-timestamp': String(Number(h['webhook-timestamp']) - 1),
      }),
      body,
    ],
  ])('the third-party verifier rejects %s', (_, change, sent) => {
    const headers = webhookHeaders([SECRET], 'msg_4', new Date(), body);
    expect(() => new Webhook(SECRET).verify(sent, change({ ...headers }))).toThrow();
  });

  it('the third-party verifier rejects a signature made with another secret', () => {
    const headers = webhookHeaders([OLD_SECRET], 'msg_5', new Date(), body);
    expect(() => new Webhook(SECRET).verify(body, { ...headers })).toThrow();
  });

  it('headers carry the id, whole seconds and v1 signatures', () => {
    const h = webhookHeaders([SECRET], 'msg_6', new Date('2026-12-06T20:00:00.999Z'), body);
    expect(h['webhook-id']).toBe('msg_6');
    expect(h['webhook-timestamp']).toBe(String(Date.parse('2026-12-06T20:00:00Z') / 1000));
    expect(h['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
  });

  it('our own verify agrees, and enforces the timestamp tolerance', () => {
    const now = new Date('2026-12-06T20:00:00Z');
    const h = webhookHeaders([OLD_SECRET, SECRET], 'msg_7', now, body);
    expect(verify(SECRET, h, body, now)).toBe(true);
    expect(verify(SECRET, h, body + ' ', now)).toBe(false);
    expect(verify(SECRET, h, body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verify(SECRET, { ...h, 'webhook-timestamp': 'x' }, body, now)).toBe(false);
  });

  it.each([
    ['no prefix', 'MDEyMzQ1Njc4OWFiY2RlZg==', /must start with "whsec_"/],
    ['not base64', 'whsec_not base64!', /not valid base64/],
    ['too short a key', 'whsec_' + Buffer.from('short').toString('base64'), /at least 16/],
  ])('rejects a secret with %s', (_, secret, message) => {
    expect(() => secretKey(secret)).toThrow(message);
  });

  it.each([
    ['an empty id', '', 1],
    ['an id with a dot', 'a.b', 1],
    ['a fractional timestamp', 'msg', 1.5],
    ['a negative timestamp', 'msg', -1],
  ])('refuses to sign with %s', (_, id, ts) => {
    expect(() => sign(SECRET, id, ts, body)).toThrow(/webhook-(id|timestamp)/);
  });

  it('refuses to sign without any secret', () => {
    expect(() => webhookHeaders([], 'msg', new Date(), body)).toThrow(/at least one/);
  });

  it('makes a 24-byte whsec_ secret from the injected random source, usable by the verifier', () => {
    const s = newSecret((n) => Buffer.alloc(n, 7));
    expect(secretKey(s)).toHaveLength(24);
    const h = webhookHeaders([s], 'msg_8', new Date(), body);
    expect(() => new Webhook(s).verify(body, { ...h })).not.toThrow();
  });
});

describe('retry schedule', () => {
  it('is exponential from 5 s, capped at an hour, until about three days of waits: 82 attempts', () => {
    expect(RETRY_DELAYS_MS.slice(0, 12)).toEqual([
      0, 5e3, 10e3, 20e3, 40e3, 80e3, 160e3, 320e3, 640e3, 1280e3, 2560e3, 3600e3,
    ]);
    expect(RETRY_DELAYS_MS.slice(11).every((d) => d === 3_600_000)).toBe(true);
    expect(MAX_ATTEMPTS).toBe(82);
    // Issue 15: "over about three days" (the spec's example schedule spans 75.6 h).
    const totalHours = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(totalHours).toBeGreaterThanOrEqual(72);
    expect(totalHours).toBeCloseTo(72.42, 1);
    // Even with every wait at its shortest jitter it is more than two and a half days.
    expect(totalHours * (1 - JITTER_FRACTION)).toBeGreaterThan(60);
    // A receiver down for a minute gets its next attempt within a minute of coming back.
    const waits = RETRY_DELAYS_MS.slice(1);
    const firstAfter = (outageMs: number) => {
      let t = 0;
      for (const w of waits) if ((t += w) >= outageMs) return t - outageMs;
      return null;
    };
    expect(firstAfter(60_000)).toBeLessThanOrEqual(60_000);
  });

  it.each([
    [1, 0, 0],
    [2, 0, 4_500],
    [2, 0.5, 5_000],
    [2, 0.999999, 5_500],
    [4, 0, 18_000],
    [12, 0.5, 3_600_000],
    [34, 0.999999, 3_959_999],
    [82, 0.5, 3_600_000],
  ])('attempt %i with random %d waits %i ms (±10%% jitter)', (attempt, r, ms) => {
    expect(retryDelayMs(attempt, () => r)).toBe(ms);
  });

  it('has no attempt after the last', () => {
    expect(retryDelayMs(83, mid)).toBeNull();
  });

  it.each([0, -1, 1.5])('rejects attempt %d', (a) => {
    expect(() => retryDelayMs(a, mid)).toThrow(/attempt must be/);
  });

  it.each([1, -0.1, NaN])('rejects a random source returning %d', (r) => {
    expect(() => retryDelayMs(2, () => r)).toThrow(/random source/);
  });
});

describe('response policy', () => {
  const now = new Date('2026-12-06T20:00:00Z');
  const later = (d: ReturnType<typeof decide>) =>
    d.action === 'retry' ? d.at.getTime() - now.getTime() : undefined;

  it.each([200, 201, 202, 204, 299])('%i is delivered', (status) => {
    expect(decide({ kind: 'response', status }, 1, now, mid)).toEqual({ action: 'delivered' });
  });

  it('410 disables the subscription', () => {
    expect(decide({ kind: 'response', status: 410 }, 3, now, mid)).toMatchObject({
      action: 'disable',
    });
  });

  it.each([
    [{ kind: 'response' as const, status: 301 }, /redirect 301 not followed/],
    [{ kind: 'response' as const, status: 302 }, /redirect 302 not followed/],
    [{ kind: 'response' as const, status: 400 }, /status 400/],
    [{ kind: 'response' as const, status: 500 }, /status 500/],
    [{ kind: 'response' as const, status: 503 }, /status 503/],
    [{ kind: 'timeout' as const }, /timeout/],
    [{ kind: 'network-error' as const, message: 'ECONNREFUSED' }, /ECONNREFUSED/],
  ])('%j is a failure retried on the schedule', (result, reason) => {
    const d = decide(result, 1, now, mid);
    expect(d).toMatchObject({ action: 'retry', reason: expect.stringMatching(reason) });
    expect(later(d)).toBe(5_000);
  });

  it('a failure of the last attempt gives up', () => {
    expect(decide({ kind: 'response', status: 500 }, MAX_ATTEMPTS, now, mid)).toMatchObject({
      action: 'give-up',
      reason: `status 500 after ${MAX_ATTEMPTS} attempts`,
    });
    expect(decide({ kind: 'response', status: 500 }, MAX_ATTEMPTS - 1, now, mid)).toMatchObject({
      action: 'retry',
    });
  });

  it.each([
    ['seconds longer than the schedule', '120', 120_000],
    ['seconds shorter than the schedule', '1', 5_000],
    ['an HTTP date', 'Sun, 06 Dec 2026 20:10:00 GMT', 600_000],
    ['an unreadable value', 'soon', 5_000],
    ['a value past the cap', String(30 * 24 * 3600), 10 * 3_600_000],
  ])('429 with Retry-After as %s (%j) waits %j ms', (_, retryAfter, ms) => {
    expect(later(decide({ kind: 'response', status: 429, retryAfter }, 1, now, mid))).toBe(ms);
  });

  it('429 on the last attempt gives up too', () => {
    expect(
      decide({ kind: 'response', status: 429, retryAfter: '1' }, MAX_ATTEMPTS, now, mid),
    ).toMatchObject({ action: 'give-up' });
  });

  it.each([
    [undefined, null],
    ['0', 0],
    [' 30 ', 30_000],
    ['Sun, 06 Dec 2026 19:00:00 GMT', 0],
    ['-5', null],
  ])('parseRetryAfter(%j) is %j', (v, ms) => {
    expect(parseRetryAfter(v, now)).toBe(ms);
  });
});
