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
    // A request with a valid API token (checked before this) is no CSRF risk: no browser sends one by itself.
    const preflighted = PREFLIGHT_HEADERS.some((h) => req.headers[h]) || !!(req as AppRequest).apiClient;
    if (!preflighted) return next();
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
  if (/max file uploads exceeded/.test(message)) {
    const text = `Mỗi lần lưu chỉ được tải lên tối đa ${maxFiles} tệp tin.`;
    return refuse(res, 413, ErrorCode.TOO_MANY_FILES, text, { code: ErrorCode.TOO_MANY_FILES, maxFiles });
  }
  const mapPath = unmatchedMapPath(message);
  if (mapPath !== null) {
    // A file mapped to a place the operation does not have (e.g. components.2 of a one-item list):
    // the request is well formed but its content is wrong, so it is the caller's input that fails.
    return refuse(res, 400, ErrorCode.VALIDATION_FAILED, UNMATCHED_FILE_MESSAGE, {
      code: ErrorCode.VALIDATION_FAILED,
      fields: {},
      mapPath,
    });
  }
  const code = ErrorCode.BAD_REQUEST;
  refuse(res, status === 413 ? 413 : 400, code, ERROR_MESSAGES[code].vi, { code, detail: message });
}

const UNMATCHED_FILE_MESSAGE =
  'Tệp tin đính kèm không khớp với thành phần hồ sơ nào của yêu cầu. Vui lòng tải lại trang và đính kèm lại tệp.';

/**
 * graphql-upload-ts refuses a `map` entry whose path is not a null in `operations` with
 * "Invalid object path for the ‘map’ … value ‘<path>’". Answers that path, or null for other errors.
 */
export function unmatchedMapPath(message: string): string | null {
  const found = /^Invalid object path for the ‘map’ .*? value ‘([^’]*)’/.exec(message);
  return found ? found[1] : null;
}

function refuse(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string = ERROR_MESSAGES[code].vi,
  extensions: Record<string, unknown> = { code },
): void {
  res.status(status).json({ errors: [{ message, extensions }], data: null });
  lingerThenClose(res);
}

/**
 * After an early answer the client is usually still sending its files. Closing the socket at once
 * resets the connection under it, and the client then sees a network error instead of our answer
 * (Node 24's fetch does so every time for TOO_MANY_FILES). So, like nginx's lingering close, the rest
 * of the body is read and thrown away (never spooled), for LINGER_MS at most; then the socket closes.
 */
const LINGER_MS = 10_000;

function lingerThenClose(res: Response): void {
  const req = res.req;
  if (req.complete || req.destroyed) return;
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
  timer.unref();
  req.once('close', () => clearTimeout(timer));
}
