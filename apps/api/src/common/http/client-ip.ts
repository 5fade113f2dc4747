import ipaddr from 'ipaddr.js';

/**
 * Client addresses as rate limits count them. An IPv4 address is one client; so is an IPv4-mapped
 * IPv6 address (`::ffff:203.0.113.5`, what a dual-stack socket reports), written as plain IPv4.
 * An IPv6 address counts as its /64 network: a single home line or server is routinely given a
 * whole /64, so counting each of its 2^64 addresses apart would make every per-IP limit void.
 * Anything that is not an IP address is returned unchanged. Parsing is ipaddr.js's (strict forms
 * only: `ipaddr.isValid` also accepts shorthand like "1" or octal parts, which are no addresses).
 */
export function rateLimitAddress(value: string): string {
  const text = value.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return text;
  const ip = parseIPv6(text);
  if (!ip) return value;
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address().toString();
  const groups = ip.parts.slice(0, 4).map((g) => g.toString(16));
  return `${groups.join(':')}::/64`;
}

/** The address with an IPv4-mapped IPv6 form turned into plain IPv4 (for display and storage). */
export function plainAddress(value: string): string {
  const text = value.trim();
  const ip = parseIPv6(text);
  return ip?.isIPv4MappedAddress() ? ip.toIPv4Address().toString() : text;
}

interface ClientRequest {
  clientIp?: string;
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * Sets and returns `req.clientIp` (once per request): `req.ip`, which honours TRUST_PROXY (a hop
 * count) and so is never a client-written X-Forwarded-For entry, IPv4-mapped forms as plain IPv4.
 * The session and API-token middlewares call it first; audit entries read it.
 */
export function resolveClientIp(req: ClientRequest): string | undefined {
  if (req.clientIp === undefined) {
    const address = req.ip ?? req.socket?.remoteAddress;
    if (address) req.clientIp = plainAddress(address);
  }
  return req.clientIp;
}

/** The address a request came from, for per-IP rate limits ('unknown' when there is none). */
export function requestIp(req: ClientRequest): string {
  return resolveClientIp(req) ?? 'unknown';
}

/** An IPv6 address (a zone id such as `%eth0` allowed), or null. */
function parseIPv6(text: string): ipaddr.IPv6 | null {
  if (!ipaddr.IPv6.isValid(text)) return null;
  return ipaddr.IPv6.parse(text);
}
