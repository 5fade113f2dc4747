import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Repository } from 'typeorm';
import type { AppRequest } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { StorageDriver } from '../common/storage/storage';
import { DossierAccess, isUuid } from './dossier-access.service';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { DossierEntity } from './entities/dossier.entity';

/** `filename="…"` for old clients (ASCII only) and RFC 5987 `filename*` with the real UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || 'tep-tin';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /files/:id: a dossier file for its owner or an officer of the receiving agency; NOT_FOUND for
 * anyone else. Always an attachment, with the type detected at upload and nosniff, so a browser
 * never renders an uploaded file as a page of this origin.
 */
@Controller('files')
export class DossierFilesController {
  private readonly logger = new Logger(DossierFilesController.name);

  constructor(
    @InjectRepository(DossierFileEntity) private readonly files: Repository<DossierFileEntity>,
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    private readonly storage: StorageDriver,
  ) {}

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const user = req.user;
    const file = user && isUuid(id) ? await this.files.findOneBy({ id }) : null;
    const dossier = file ? await this.dossiers.findOneBy({ id: file.dossierId }) : null;
    if (!file || !dossier || !user || !DossierAccess.canRead(user, dossier)) throw DomainError.notFound();
    const stream = await this.storage.read(file.storageKey);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    try {
      await pipeline(stream, res);
    } catch (error) {
      // The client went away, or the disk failed mid-file: nothing more can be sent.
      this.logger.warn(`Download of file ${id} interrupted: ${(error as Error).message}`);
    }
  }
}
