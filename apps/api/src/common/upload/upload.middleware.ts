import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import type { NextFunction, Request, Response } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-ts';
import { AppConfig } from '../../config/app-config';
import type { AppRequest } from '../auth/auth-user';

const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * GraphQL multipart requests (graphql-upload-ts) on /graphql. Files are spooled to temp files by the
 * library and streamed to the resolvers, never held in memory. Two things are added around it:
 * - a multipart request without Apollo's preflight header is not parsed at all: Apollo's CSRF
 *   prevention then refuses it, without us having spooled a byte;
 * - the library's HTTP errors (too many files, malformed request) become GraphQL-shaped answers with
 *   our codes, instead of Express's HTML error page.
 */
export function uploadMiddleware(config: AppConfig) {
  const parse = graphqlUploadExpress({
    maxFileSize: config.uploadMaxFileBytes,
    maxFiles: config.env.UPLOAD_MAX_FILES,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.is('multipart/form-data')) return next();
    if (!PREFLIGHT_HEADERS.some((h) => req.headers[h])) return next();
    // Every operation that takes files needs a session: don't spool an anonymous caller's files.
    if (!(req as AppRequest).user) return refuse(res, 401, ErrorCode.UNAUTHENTICATED);
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      answerUploadError(error, res, config.env.UPLOAD_MAX_FILES);
    });
  };
}

function answerUploadError(error: unknown, res: Response, maxFiles: number): void {
  const status = (error as { status?: number }).status ?? 400;
  // 499: the client went away mid-upload; nobody is listening for an answer.
  if (status === 499 || res.headersSent) {
    if (!res.writableEnded) res.destroy();
    return;
  }
  const message = (error as Error).message ?? '';
  const tooMany = /max file uploads exceeded/.test(message);
  const code = tooMany ? ErrorCode.TOO_MANY_FILES : ErrorCode.BAD_REQUEST;
  const text = tooMany
    ? `Mỗi lần lưu chỉ được tải lên tối đa ${maxFiles} tệp tin.`
    : ERROR_MESSAGES[ErrorCode.BAD_REQUEST].vi;
  const extensions: Record<string, unknown> = tooMany ? { code, maxFiles } : { code, detail: message };
  refuse(res, status === 413 ? 413 : 400, code, text, extensions);
}

function refuse(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string = ERROR_MESSAGES[code].vi,
  extensions: Record<string, unknown> = { code },
): void {
  // The rest of the body is not read: close the connection after answering rather than drain it.
  res.setHeader('Connection', 'close');
  res.status(status).json({ errors: [{ message, extensions }], data: null });
}
