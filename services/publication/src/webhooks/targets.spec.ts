import { isPrivateAddress, resolvedProblem, urlProblem } from './targets';

/** Where a webhook may go (SSRF): production allows only public https targets. */
describe('webhook targets', () => {
  it.each([
    ['http://partner.example.org/x', /https/],
    ['https://127.0.0.1:8080/x', /private/],
    ['https://169.254.169.254/latest/meta-data', /private/],
    ['https://[::1]/x', /private/],
    ['https://[::ffff:10.0.0.1]/x', /private/],
    ['https://10.1.2.3/x', /private/],
    ['https://172.20.0.1/x', /private/],
    ['https://192.168.1.1/x', /private/],
    ['https://[fe80::1]/x', /private/],
    ['https://localhost/x', /public host/],
    ['https://kafka.svc.cluster.local/x', /public host/],
    ['https://user:pw@partner.example.org/x', /user name/],
    ['not a url', /not a URL/],
  ])('refuses %s in production', (url, why) => {
    expect(urlProblem(url, false)).toMatch(why);
  });

  it('accepts a public https URL, and loopback only where allowed (local, tests)', () => {
    expect(urlProblem('https://partner.example.org/hooks', false)).toBeNull();
    expect(urlProblem('https://8.8.8.8/hooks', false)).toBeNull();
    expect(urlProblem('http://127.0.0.1:9000/hooks', true)).toBeNull();
    expect(urlProblem('ftp://127.0.0.1/hooks', true)).toMatch(/http/);
  });

  it('checks the addresses a name resolves to', async () => {
    expect(urlProblem('https://LOCALHOST./x', false)).toMatch(/public host/);
    expect(await resolvedProblem('https://10.0.0.1/x', false)).toMatch(/private/);
    expect(await resolvedProblem('http://127.0.0.1/x', true)).toBeNull();
    expect(isPrivateAddress('100.64.1.1')).toBe(true);
    expect(isPrivateAddress('93.184.216.34')).toBe(false);
  });
});
