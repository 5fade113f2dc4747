import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import type { AppRequest } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { sendAttachment } from '../common/http/send-attachment';
import { StorageDriver } from '../common/storage/storage';
import { DossierAccess, isUuid } from './dossier-access.service';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { DossierEntity } from './entities/dossier.entity';

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
    await sendAttachment(
      res,
      { ...file, stream: await this.storage.read(file.storageKey), cacheControl: 'private, no-store' },
      this.logger,
    );
  }
}
