import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { ServerResponse } from 'node:http';
import { basename } from 'node:path';

/** The content hash the Angular build puts in file names: main-ABCD2345.js, media/logo-ABCD2345.svg. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Compresses dynamic answers (GraphQL JSON, the playground, the SPA fallback when the build has no
 * precompressed copy) by Accept-Encoding: brotli at a fast level, else gzip; `Vary` is set. Answers
 * that are already encoded (precompressed portal files) pass through untouched. File downloads
 * (/files/…) are excluded: uploads are mostly PDF/JPEG/PNG that do not shrink, and a compressed
 * stream would lose their Content-Length and byte ranges.
 */
export function dynamicCompression(): RequestHandler {
  const compress = compression({
    filter: (req: Request, res: Response) => !/^\/files(\/|$)/.test(req.path) && compression.filter(req, res),
  });
  // A client that accepts no encoding (integrators' HTTP clients, monitors) gets the answer as it is:
  // the middleware would only wrap the response's write, end and headers to end up not compressing,
  // a fifth of a cached catalog answer's cost in the benchmark (README.md, Performance).
  return (req, res, next) => {
    if (req.headers['accept-encoding']) {
      compress(req, res, next);
      return;
    }
    res.vary('Accept-Encoding');
    next();
  };
}

/** Cache-Control of a built portal file (a precompressed `.br`/`.gz` copy counts as its original). */
export function portalCacheControl(path: string): string {
  const name = basename(path).replace(/\.(br|gz)$/, '');
  // The entry point names the current bundles: always revalidate it (cheap with its ETag).
  if (name.endsWith('.html')) return 'no-cache';
  // A hashed bundle never changes under its name; a new build gives it a new one.
  if (HASHED_NAME.test(name)) return IMMUTABLE;
  return 'public, max-age=3600';
}

/**
 * The built portal's files, each sent as the `.br` or `.gz` copy written next to it at build time
 * (tools/build/precompress.mjs) when the client accepts it, with `Vary: Accept-Encoding`.
 */
export function portalStaticFiles(dir: string): RequestHandler {
  return expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res: ServerResponse, path: string) => {
        res.setHeader('Cache-Control', portalCacheControl(path));
      },
    },
  });
}
