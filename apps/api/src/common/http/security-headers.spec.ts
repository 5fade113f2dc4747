import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

/** The headers a middleware writes on one response (it must call next at once). */
function written(middleware: RequestHandler): Record<string, string> {
  const headers: Record<string, string> = { 'x-powered-by': 'Express' };
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  const next = jest.fn();
  middleware({} as Request, res as unknown as Response, next);
  expect(next).toHaveBeenCalledWith();
  return headers;
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .sort();

describe('securityHeaders', () => {
  it("writes helmet's headers, computed once, on every response", () => {
    const middleware = securityHeaders({ https: false, inlineScriptHashes: ["'sha256-abc='"] });
    const first = written(middleware);
    expect(written(middleware)).toEqual(first);
    expect(directives(first['content-security-policy'])).toEqual(
      directives(contentSecurityPolicy(["'sha256-abc='"])),
    );
    expect(first['x-powered-by']).toBeUndefined();
    expect(first['x-frame-options']).toBe('DENY');
    expect(first['referrer-policy']).toBe('no-referrer');
    expect(first['cross-origin-opener-policy']).toBe('same-origin');
    expect(first['x-content-type-options']).toBe('nosniff');
    expect(first['strict-transport-security']).toBeUndefined();
    expect(first['cross-origin-resource-policy']).toBeUndefined();
  });

  it('matches what helmet itself writes with the same options, HSTS included over https', () => {
    const copied = written(securityHeaders({ https: true }));
    expect(copied['strict-transport-security']).toMatch(/^max-age=31536000; includeSubDomains$/);
    const direct = written(
      helmet({
        contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'self'"] } },
        crossOriginOpenerPolicy: { policy: 'same-origin' },
        crossOriginResourcePolicy: false,
        crossOriginEmbedderPolicy: false,
        referrerPolicy: { policy: 'no-referrer' },
        strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true, preload: false },
        xFrameOptions: { action: 'deny' },
      }),
    );
    // The same header names and values, apart from the policy's directives.
    const withoutCsp = (h: Record<string, string>) =>
      Object.fromEntries(Object.entries(h).filter(([name]) => name !== 'content-security-policy'));
    expect(withoutCsp(copied)).toEqual(withoutCsp(direct));
  });
});
