import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@dvc/shared/domain';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { AppRequest } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { contentDisposition } from '../common/http/send-attachment';
import { StorageDriver } from '../common/storage/storage';
import { DataExportService } from './data-export.service';
import { EXPORT_JSON_NAME } from './personal-data.collector';

/**
 * GET /files/exports/:token: the ZIP of exportMyData, for the logged-in owner of the link, once.
 * Streamed: the JSON first, then each stored file read from storage only when its turn comes
 * (stored, not recompressed: uploads are mostly PDF and images), so memory stays flat.
 */
@Controller('files/exports')
export class DataExportController {
  private readonly logger = new Logger(DataExportController.name);

  constructor(
    private readonly exports: DataExportService,
    private readonly storage: StorageDriver,
  ) {}

  @Get(':token')
  async download(@Param('token') token: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    if (!req.user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    const data = await this.exports.redeem(req.user, token);
    const zip = new ZipFile();
    // A lazy file that fails to open is reported on the ZipFile, not its stream: end the download.
    zip.on('error', (error: Error) => (zip.outputStream as Readable).destroy(error));
    const now = new Date();
    zip.addBuffer(Buffer.from(JSON.stringify(data.json, null, 2), 'utf8'), EXPORT_JSON_NAME, { mtime: now });
    for (const file of data.files) {
      zip.addReadStreamLazy(file.path, { mtime: file.uploadedAt, compress: false }, (done) => {
        this.storage.read(file.storageKey).then(
          (stream) => done(null, stream),
          (error: Error) => done(error, undefined as never),
        );
      });
    }
    zip.end();
    const day = now.toISOString().slice(0, 10).replace(/-/g, '');
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition(`du-lieu-ca-nhan-${day}.zip`));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await pipeline(zip.outputStream, res);
    } catch (error) {
      // A file missing in storage, or the client went away: the ZIP is cut short (its end is missing,
      // so no unzip tool takes it for complete).
      this.logger.warn(`Personal-data export interrupted: ${(error as Error).message}`);
      res.destroy();
    }
  }
}
