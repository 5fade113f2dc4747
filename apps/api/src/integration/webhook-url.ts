import { lookup as dnsLookup, LookupAddress, promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) => (await dns.lookup(host, { all: true })).map((a) => a.address);

/**
 * Special-purpose ranges (RFC 6890 and successors): loopback, private, shared, link-local, multicast,
 * documentation, benchmarking, reserved, and the IPv6 ones that tunnel to IPv4 (NAT64, 6to4, Teredo).
 * Node's BlockList does the matching, so no address parsing is written here.
 */
const NOT_PUBLIC_V4 = new BlockList();
// Apart: a BlockList checks an IPv4 address against its IPv6 rules too, as ::ffff:a.b.c.d.
const NOT_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC_V4.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC_V6.addSubnet(network, prefix, 'ipv6');
}

/** An ordinary public address (an IPv4-mapped IPv6 address is judged as its IPv4 address). */
export function isPublicAddress(address: string): boolean {
  const plain = address.split('%')[0];
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(plain);
  if (!family) return false;
  return family === 4 ? !NOT_PUBLIC_V4.check(plain, 'ipv4') : !NOT_PUBLIC_V6.check(plain, 'ipv6');
}

/**
 * Why a webhook URL is refused, or null. In production: https only, and every address the host
 * resolves to must be public (SSRF: a webhook must not reach the server's own network). Outside
 * production, http and localhost are allowed so that tests and demos can receive on this machine.
 * The addresses are checked again at each delivery (webhookLookup): DNS may change after this check.
 */
export async function webhookUrlProblem(
  value: string,
  production: boolean,
  resolve: Resolve = resolveAll,
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Địa chỉ không hợp lệ.';
  }
  if (url.username || url.password) return 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu.';
  if (!production)
    return ['http:', 'https:'].includes(url.protocol) ? null : 'Địa chỉ phải bắt đầu bằng http(s)://.';
  if (url.protocol !== 'https:') return 'Địa chỉ webhook phải dùng https.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return 'Không phân giải được tên miền của địa chỉ.';
  }
  if (!addresses.length || !addresses.every(isPublicAddress)) {
    return 'Địa chỉ trỏ tới mạng nội bộ (riêng, loopback hoặc link-local): không được phép.';
  }
  return null;
}

/**
 * The `lookup` of the delivery's HTTP request in production: the connection goes only to an address
 * checked here, so a DNS answer that changed since registration (rebinding) cannot reach inside.
 */
export function webhookLookup(
  hostname: string,
  options: object,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  dnsLookup(hostname, { all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad || !addresses.length) {
      return callback(
        Object.assign(new Error(`Refused address ${bad?.address ?? 'none'} for ${hostname}`), {
          code: 'EACCES',
        }),
        '',
      );
    }
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}
