import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { Kind, OperationTypeNode, parse } from 'graphql';
import type { AppRequest } from '../common/auth/auth-user';
import { CatalogCache } from './catalog-cache.service';

/** Root fields whose answers are the public catalog and nothing else (the same for every visitor). */
const CATALOG_ROOTS = new Set(['services', 'service', 'serviceByCode', 'agencies', 'sectors']);
/** Larger answers (pages of 100 with forms) take the normal path: the cache holds pages, not dumps. */
const MAX_ANSWER_CHARS = 32_000;
const MAX_QUERY_CHARS = 10_000;

/**
 * Anonymous reads of the public catalog answered from memory: the JSON Apollo wrote for the same
 * document and variables, kept in the CatalogCache, so it is dropped with it on any committed catalog
 * write, on every instance. Such a hit skips GraphQL execution, the per-field resolvers and the
 * JSON encoding: the costliest part of a catalog search in the CPU profile (README.md, Performance).
 * Only requests without a session or API token (nothing a user owns, and an administrator sees
 * inactive procedures), only query operations on catalog roots, only answers without errors.
 */
@Injectable()
export class CatalogResponseCache implements NestMiddleware {
  constructor(private readonly cache: CatalogCache) {}

  use(req: AppRequest, res: Response, next: NextFunction): void {
    const key = cacheKey(req);
    if (!key) return next();
    let answer!: (body: string) => void;
    let refuse!: () => void;
    const fresh = new Promise<string>((resolve, reject) => {
      answer = resolve;
      refuse = () => reject(new Error('not cacheable'));
    });
    const cached = this.cache.get(key, () => fresh);
    if (cached !== fresh) {
      // Cached, or being computed by a concurrent request: its answer, or the normal path if it had none.
      cached.then(
        (body) => sendJson(res, body),
        () => next(),
      );
      return;
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode === 200 && typeof body === 'string' && isData(body)) answer(body);
      else refuse();
      return send(body);
    };
    res.once('close', refuse); // no answer at all (client gone, an error before Apollo)
    next();
  }
}

function sendJson(res: Response, body: string): void {
  res.status(200).setHeader('cache-control', 'no-store');
  res.type('application/json; charset=utf-8').send(body);
}

function isData(body: string): boolean {
  if (body.length > MAX_ANSWER_CHARS) return false;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors === undefined && parsed.data !== null && typeof parsed.data === 'object';
  } catch {
    return false;
  }
}

/** The cache key of an anonymous JSON POST of a catalog-only query, or null. */
function cacheKey(req: AppRequest): string | null {
  if (req.method !== 'POST' || req.user || req.apiClient || !req.is('application/json')) return null;
  const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
  const query = body?.query;
  if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS) return null;
  const operationName = typeof body?.operationName === 'string' ? body.operationName : null;
  if (body?.operationName != null && operationName === null) return null;
  let verdict = catalogOnly.get(query);
  if (verdict === undefined) {
    verdict = isCatalogOnly(query, operationName);
    if (catalogOnly.size >= 500) catalogOnly.delete(catalogOnly.keys().next().value as string);
    catalogOnly.set(query, verdict);
  }
  if (!verdict) return null;
  return `graphql:${operationName ?? ''}\n${query}\n${JSON.stringify(body?.variables ?? null)}`;
}

/** Verdicts by document text: the portal sends a handful of fixed documents. */
const catalogOnly = new Map<string, boolean>();

/** One query operation (plus fragments), whose root selections are catalog fields. */
function isCatalogOnly(query: string, operationName: string | null): boolean {
  try {
    const doc = parse(query, { noLocation: true });
    const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const others = doc.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || others.some((d) => d.kind !== Kind.FRAGMENT_DEFINITION)) return false;
    const [op] = operations;
    if (op.operation !== OperationTypeNode.QUERY) return false;
    if (operationName !== null && op.name?.value !== operationName) return false;
    return op.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && CATALOG_ROOTS.has(s.name.value) && !s.directives?.length,
    );
  } catch {
    return false; // Apollo explains the syntax error
  }
}
