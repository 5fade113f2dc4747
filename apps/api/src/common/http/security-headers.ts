import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';

export interface SecurityHeaderOptions {
  /** PUBLIC_URL is https: browsers are told to use nothing else for a year (HSTS). */
  https: boolean;
  /** CSP sources ('sha256-…') of the inline scripts and event handlers the portal's index.html needs. */
  inlineScriptHashes?: readonly string[];
}

/**
 * The policy of every page this server sends: the Angular portal and the offline GraphiQL playground
 * load their scripts, styles, fonts and workers from this origin only, and talk to /graphql.
 * - Styles may be inline: Angular adds component styles as <style> elements at run time, GraphiQL
 *   and Monaco set style attributes, and the built index.html inlines its critical CSS.
 * - Images and fonts may be data: URLs (the captcha is shown as a data: SVG, Monaco's icon font is
 *   inlined in the playground's CSS).
 * - Scripts: 'self' only, plus the hashes of the few inline handlers of index.html ('unsafe-hashes'
 *   is needed for an event-handler attribute such as the critical-CSS `onload="this.media='all'"`).
 * - Frames: this origin and blob: URLs only. The back office previews a dossier's PDF by fetching it
 *   from /files/:id (an attachment that may not be framed) and framing a blob: URL made from it;
 *   only this origin's scripts can create such URLs.
 * - No plugins, no framing by other sites, no <base> or form posts elsewhere.
 * JSON answers and downloads get it too (downloads replace it with a stricter sandbox policy).
 */
export function cspDirectives(inlineScriptHashes: readonly string[] = []): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      ...(inlineScriptHashes.length ? ["'unsafe-hashes'", ...inlineScriptHashes] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'frame-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** The same policy as one header value (for answers that set it themselves). */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  return Object.entries(cspDirectives(inlineScriptHashes))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Headers on every response (API, portal, playground, files), as helmet sets them: no MIME sniffing, no
 * framing (clickjacking), no Referer (e-mailed links carry their token in the query string), a
 * window of our own (COOP), the CSP above, and HSTS only when the portal is served over https.
 * helmet's other defaults (X-DNS-Prefetch-Control, X-Permitted-Cross-Domain-Policies, …) come along;
 * Cross-Origin-Resource-Policy stays off, as before, so integrators' pages may still link our files.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const { headers, removed } = headersOf(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(options.inlineScriptHashes) },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: options.https
        ? { maxAge: 31_536_000, includeSubDomains: true, preload: false }
        : false,
      xFrameOptions: { action: 'deny' },
    }),
  );
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/**
 * With this configuration (no per-request directive functions) helmet writes the same headers on every
 * response, through a chain of a dozen middlewares that cost a cached catalog answer 8 % of its
 * throughput in the benchmark: they are taken from helmet once, at start-up, and copied.
 */
function headersOf(middleware: RequestHandler): { headers: [string, string][]; removed: string[] } {
  const headers = new Map<string, string>();
  const removed = new Set<string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => {
      headers.delete(name.toLowerCase());
      removed.add(name.toLowerCase());
    },
  };
  let done = false;
  void middleware({} as Request, res as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not answer synchronously: its headers cannot be computed once');
  return { headers: [...headers], removed: [...removed].filter((name) => !headers.has(name)) };
}

/**
 * CSP hashes of what an HTML page runs inline: the bodies of <script> elements without `src`, and
 * event-handler attributes (`onload="…"`), as the browser sees them (entities decoded).
 */
export function inlineScriptHashes(html: string): string[] {
  const sources = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(m[1]) && m[2].trim()) sources.add(m[2]);
  }
  for (const m of html.matchAll(/\son[a-z]+\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    sources.add(decodeEntities(m[1] ?? m[2] ?? ''));
  }
  return [...sources].map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
