import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** `filename="…"` for old clients (ASCII only) and RFC 5987 `filename*` with the real UTF-8 name. */
export function contentDisposition(fileName: string, fallback = 'tep-tin'): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || fallback;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export interface Attachment {
  stream: Readable;
  fileName: string;
  mimeType: string;
  size: number;
  cacheControl: string;
}

/**
 * Streams a stored file as a download: always an attachment, with the type detected at upload,
 * nosniff and a sandbox CSP, so a browser never renders an uploaded file as a page of this origin.
 */
export async function sendAttachment(res: Response, file: Attachment, logger: Logger): Promise<void> {
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', contentDisposition(file.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', file.cacheControl);
  try {
    await pipeline(file.stream, res);
  } catch (error) {
    // The client went away, or the disk failed mid-file: nothing more can be sent.
    logger.warn(`Download of ${file.fileName} interrupted: ${(error as Error).message}`);
  }
}
