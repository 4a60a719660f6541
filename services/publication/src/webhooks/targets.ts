import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may go. In production only public addresses: a subscriber
 * URL must not reach the cluster, the cloud metadata service or the local
 * machine (SSRF). Checked at registration and again, after DNS, on every
 * attempt (a name can be pointed elsewhere later).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  return blocked.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** A reason the URL may not be a webhook target, or null. Syntax and literal addresses only (no DNS). */
export function urlProblem(url: string, allowPrivate: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  if (parsed.hash) return 'must not have a #fragment';
  // `localhost.` is `localhost`: drop the root dot before comparing names.
  const host = parsed.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (allowPrivate)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? null : 'must be http(s)';
  if (parsed.protocol !== 'https:') return 'must be an https:// URL';
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.internal') ||
    host.endsWith('.local')
  )
    return 'must be a public host name';
  if (isPrivateAddress(host)) return 'must not be a private, loopback or link-local address';
  return null;
}

/** After DNS: every address the name resolves to must be public (unless private targets are allowed). */
export async function resolvedProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  const syntax = urlProblem(url, allowPrivate);
  if (syntax || allowPrivate) return syntax;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return null;
  const addresses = await lookup(host, { all: true });
  if (addresses.some((a) => isPrivateAddress(a.address)))
    return `${host} resolves to a private, loopback or link-local address`;
  return null;
}
