import { isIP } from 'node:net';

/**
 * Client addresses as rate limits count them. An IPv4 address is one client; so is an IPv4-mapped
 * IPv6 address (`::ffff:203.0.113.5`, what a dual-stack socket reports), written as plain IPv4.
 * An IPv6 address counts as its /64 network: a single home line or server is routinely given a
 * whole /64, so counting each of its 2^64 addresses apart would make every per-IP limit void.
 * Anything that is not an IP address is returned unchanged.
 */
export function rateLimitAddress(value: string): string {
  const ip = value.trim();
  if (isIP(ip) === 4) return ip;
  if (isIP(ip.split('%')[0]) !== 6) return value;
  const groups = ipv6Groups(ip.split('%')[0]);
  if (!groups) return value;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return ipv4From(groups[6], groups[7]);
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The address with an IPv4-mapped IPv6 form turned into plain IPv4 (for display and storage). */
export function plainAddress(value: string): string {
  const ip = value.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped && isIP(mapped[1]) === 4 ? mapped[1] : ip;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` and a dotted IPv4 tail expanded). */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const parts =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (parts.length !== 8) return null;
  return parts.map((p) => parseInt(p, 16));
}

function ipv4From(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
