import { ErrorCode } from '@dvc/shared/domain';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { parse } from 'graphql';
import { documentShapeProblem } from './query-limits';

/**
 * Runs on /graphql after the body is parsed and before Apollo: refuses a document whose validation
 * alone would cost too much (documentShapeProblem). Apollo offers no hook between parsing and
 * validating that may refuse a request, so the document is parsed here once more (linear, cheap).
 * A document that does not parse is left to Apollo, which explains the syntax error.
 */
@Injectable()
export class GraphQLDocumentGuard implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const query = queryOf(req);
    if (typeof query !== 'string') return next();
    // The portal sends a handful of fixed documents: each is parsed and checked once, not per request.
    let problem = checked.get(query);
    if (problem === undefined) {
      try {
        problem = documentShapeProblem(parse(query, { noLocation: true }));
      } catch {
        return next();
      }
      remember(query, problem);
    }
    if (!problem) return next();
    res
      .status(400)
      .json({ errors: [{ message: problem, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }] });
  }
}

/** Verdicts by document text (insertion order = age); bounded, so varied documents cannot fill memory. */
const checked = new Map<string, string | null>();
const MAX_CHECKED = 500;
const MAX_CHECKED_LENGTH = 20_000;

function remember(query: string, problem: string | null): void {
  if (query.length > MAX_CHECKED_LENGTH) return;
  if (checked.size >= MAX_CHECKED) checked.delete(checked.keys().next().value as string);
  checked.set(query, problem);
}

/** The document of a POST (JSON or multipart, already parsed) or GET request. */
function queryOf(req: Request): unknown {
  const body: unknown = req.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const query = (body as { query?: unknown }).query;
    if (query !== undefined) return query;
  }
  return req.method === 'GET' ? req.query['query'] : undefined;
}
