import { plainAddress, rateLimitAddress, requestIp, resolveClientIp } from './client-ip';

describe('client addresses for rate limits', () => {
  it('keeps IPv4 and unwraps IPv4-mapped IPv6', () => {
    expect(rateLimitAddress('203.0.113.5')).toBe('203.0.113.5');
    expect(rateLimitAddress('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(rateLimitAddress('::FFFF:cb00:7105')).toBe('203.0.113.5');
    expect(plainAddress('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(plainAddress('2001:db8::1')).toBe('2001:db8::1');
  });

  it('counts an IPv6 address as its /64', () => {
    expect(rateLimitAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateLimitAddress('64:ff9b::203.0.113.5')).toBe('64:ff9b:0:0::/64');
  });

  it('leaves other keys alone', () => {
    expect(rateLimitAddress('an@example.vn')).toBe('an@example.vn');
    expect(rateLimitAddress('nguyenvan.a')).toBe('nguyenvan.a');
    expect(rateLimitAddress('G01-260101-0001')).toBe('G01-260101-0001');
  });
});

describe('requestIp', () => {
  it('prefers the resolved client address, then the socket address', () => {
    expect(requestIp({ clientIp: '203.0.113.5', ip: '10.0.0.1' })).toBe('203.0.113.5');
    expect(requestIp({ ip: '10.0.0.1' })).toBe('10.0.0.1');
    expect(requestIp({})).toBe('unknown');
  });

  it('resolves req.clientIp once: req.ip (proxy-aware) or the socket, IPv4-mapped as plain IPv4', () => {
    const req: { clientIp?: string; ip?: string; socket?: { remoteAddress?: string } } = {
      ip: '::ffff:203.0.113.5',
    };
    expect(resolveClientIp(req)).toBe('203.0.113.5');
    expect(req.clientIp).toBe('203.0.113.5');
    req.ip = '10.0.0.1'; // already resolved: kept
    expect(resolveClientIp(req)).toBe('203.0.113.5');
    expect(resolveClientIp({ socket: { remoteAddress: '::ffff:198.51.100.7' } })).toBe('198.51.100.7');
    expect(resolveClientIp({ socket: {} })).toBeUndefined();
  });

  it('does not take shorthand or malformed text for an address', () => {
    expect(rateLimitAddress('1')).toBe('1');
    expect(rateLimitAddress('0x7f.1')).toBe('0x7f.1');
    expect(rateLimitAddress('2001:db8::1::2')).toBe('2001:db8::1::2');
    expect(plainAddress('::ffff:999.0.0.1')).toBe('::ffff:999.0.0.1');
  });
});
