import { INestApplication, Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookieParser from 'cookie-parser';
import { SessionMiddleware } from './account/session.middleware';
import type { AppRequest } from './common/auth/auth-user';
import { sqlCountMiddleware } from './common/database/sql-count';
import { dynamicCompression, portalStaticFiles } from './common/http/compression';
import { inlineScriptHashes, securityHeaders } from './common/http/security-headers';
import { uploadMiddleware } from './common/upload/upload.middleware';
import { AppConfig } from './config/app-config';
import { ApiTokenMiddleware } from './integration/api-token.middleware';
import { serveSchemaFile } from './integration/schema-file';

const API_PREFIXES = ['/graphql', '/health', '/files', '/playground-assets'];

/**
 * HTTP wiring shared by main.ts and the integration tests, so tests exercise the real stack:
 * proxy trust, security headers, the offline playground, and the built portal with SPA fallback.
 * Order matters: security headers, compression, playground, sessions, uploads, then Nest's routes
 * and the portal.
 */
export function setupApp(app: INestApplication, config: AppConfig): void {
  const http = app as NestExpressApplication;
  http.disable('x-powered-by');
  // A hop count, never `true`: `true` would believe the leftmost X-Forwarded-For entry, which the
  // client writes itself, and every per-IP rate limit could be dodged by inventing addresses.
  if (config.env.TRUST_PROXY > 0) http.set('trust proxy', config.env.TRUST_PROXY);
  const portal = findPortal(config);
  // Benchmark only: the request's SQL statement count in a response header (off by default).
  if (config.env.BENCH_COUNT_SQL) http.use(sqlCountMiddleware);
  // First, so every answer carries them (errors included).
  http.use(
    securityHeaders({
      https: config.secureCookies,
      inlineScriptHashes: portal ? inlineScriptHashes(readFileSync(portal.index, 'utf8')) : [],
    }),
  );
  // Before anything that answers, so it can wrap the response (GraphQL JSON, playground, fallback).
  http.use(dynamicCompression());
  serveSchemaFile(http);
  servePlayground(http, config);
  // The session cookie becomes request.user before anything reads a request body, so anonymous
  // multipart requests are refused without spooling a byte. Static portal files need no session.
  // An API token (Authorization: Bearer) first: such a request is the client's, never a cookie's.
  const tokens = app.get(ApiTokenMiddleware);
  http.use(['/graphql', '/files'], (req: Request, res: Response, next: NextFunction) => {
    void tokens.use(req as AppRequest, res, next);
  });
  const sessions = app.get(SessionMiddleware);
  http.use(['/graphql', '/files'], cookieParser(), (req: Request, res: Response, next: NextFunction) => {
    if ((req as AppRequest).apiClient) return next();
    void sessions.use(req as AppRequest, res, next);
  });
  // GraphQL multipart requests (file uploads), capped by the global file size and count.
  http.use('/graphql', uploadMiddleware(config));
  if (portal) servePortal(http, portal);
}

/** A browser opening /graphql (GraphQL clients POST, or GET with ?query, and go to Apollo). */
function wantsIde(req: Request): boolean {
  return (
    req.method === 'GET' &&
    !req.query['query'] &&
    req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}

function servePlayground(app: NestExpressApplication, config: AppConfig): void {
  if (!config.env.GRAPHQL_PLAYGROUND) {
    // Off (the production default): no IDE page, a plain 404 rather than Apollo's English 400.
    app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
      if (req.path !== '/' || !wantsIde(req)) return next();
      res.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy trang.');
    });
    return;
  }
  const dir = config.env.PLAYGROUND_DIR ?? resolve(__dirname, '../../playground');
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Playground').warn(`No playground build at ${dir} (run: npx nx build playground)`);
    return;
  }
  const html = readFileSync(index);
  app.use('/playground-assets', express.static(dir, { index: false, maxAge: '1h' }));
  // A browser opening /graphql gets the IDE.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (wantsIde(req)) {
      res.type('html').setHeader('Cache-Control', 'no-cache');
      res.send(html);
      return;
    }
    next();
  });
}

function findPortal(config: AppConfig): { dir: string; index: string } | null {
  const dir = config.env.PORTAL_DIR ?? resolve(__dirname, '../portal/browser');
  const index = join(dir, 'index.html');
  if (existsSync(index)) return { dir, index };
  new Logger('Portal').warn(`No portal build at ${dir} (run: npx nx build portal); serving the API only`);
  return null;
}

function servePortal(app: NestExpressApplication, { dir }: { dir: string }): void {
  const files = portalStaticFiles(dir);
  app.use(files);
  // SPA fallback: any other GET (or HEAD, as monitors and link checkers send) that wants HTML is a
  // portal route, answered with index.html through the same files (its .br/.gz copy, no-cache).
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    req.url = '/index.html';
    files(req, res, next);
  });
}
