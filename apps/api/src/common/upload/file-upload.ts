import { ErrorCode, validateFileName } from '@dvc/shared/domain';
import type { FileUpload } from 'graphql-upload-ts';
import type { Readable } from 'node:stream';
import { DomainError } from '../errors/domain-error';

export type { FileUpload } from 'graphql-upload-ts';
export { GraphQLUpload } from 'graphql-upload-ts';

export interface OpenedUpload {
  /** The client's file name (for display and Content-Disposition only, never a path). */
  fileName: string;
  stream: Readable;
}

/** Longest file name kept; longer names are shortened, keeping the extension. */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Waits for an `Upload` argument and opens its stream. The library's own errors become ours: a file
 * past the global cap is FILE_TOO_LARGE, a broken or aborted request is UPLOAD_FAILED.
 */
export async function openUpload(upload: Promise<FileUpload> | FileUpload): Promise<OpenedUpload> {
  let file: FileUpload;
  try {
    file = await upload;
  } catch (error) {
    throw uploadError(error, '');
  }
  if (!file || typeof file.createReadStream !== 'function') {
    throw new DomainError(ErrorCode.BAD_REQUEST, undefined, { detail: 'Expected an uploaded file.' });
  }
  // The shared rule (bidirectional controls, stacked accents) on the name as sent, before cleaning.
  const issue = validateFileName(file.filename ?? '');
  if (issue) {
    const fileName = cleanFileName(file.filename);
    throw DomainError.withFields(
      ErrorCode.VALIDATION_FAILED,
      { fileName: issue },
      {
        messageIssue: issue,
        details: { fileName },
      },
    );
  }
  const fileName = cleanFileName(file.filename);
  try {
    return { fileName, stream: file.createReadStream() };
  } catch (error) {
    throw uploadError(error, fileName);
  }
}

/** Maps an error raised while reading an upload stream (library or network) to a domain error. */
export function uploadError(error: unknown, fileName: string): DomainError {
  if (error instanceof DomainError) return error;
  const status = (error as { status?: number })?.status;
  if (status === 413) {
    return new DomainError(
      ErrorCode.FILE_TOO_LARGE,
      fileName ? `Tệp "${fileName}" vượt quá dung lượng cho phép.` : undefined,
      { fileName },
    );
  }
  return new DomainError(ErrorCode.UPLOAD_FAILED, undefined, { fileName });
}

/** A display name without path parts or control characters, of a sensible length. */
export function cleanFileName(name: string | undefined): string {
  const base = ((name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  if (!base) return 'tep-tin';
  if (base.length <= MAX_FILE_NAME_LENGTH) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, MAX_FILE_NAME_LENGTH - ext.length) + ext;
}
