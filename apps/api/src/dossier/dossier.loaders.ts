import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { groupBy } from '../common/database/batch-order';
import type { RequestLoaders } from '../common/graphql/request-loaders';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { ProcessingStepEntity } from './entities/processing-step.entity';

/** Per-request loaders: a page of dossiers costs one query per relation. */
@Injectable()
export class DossierLoaders {
  constructor(
    @InjectRepository(DossierFileEntity) private readonly files: Repository<DossierFileEntity>,
    @InjectRepository(ProcessingStepEntity) private readonly steps: Repository<ProcessingStepEntity>,
  ) {}

  /** The citizen's files of each dossier (not the result's), oldest first. */
  files$(loaders: RequestLoaders): DataLoader<string, DossierFileEntity[]> {
    return loaders.get(
      'dossier.files',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.files.find({
            where: { dossierId: In([...new Set(ids)]), kind: 'ATTACHMENT' },
            order: { uploadedAt: 'ASC', fileName: 'ASC' },
          });
          return groupBy(ids, rows, (r) => r.dossierId);
        }),
    );
  }

  /** Processing history of each dossier, in order. */
  history(loaders: RequestLoaders): DataLoader<string, ProcessingStepEntity[]> {
    return loaders.get(
      'dossier.history',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.steps.find({
            where: { dossierId: In([...new Set(ids)]) },
            order: { position: 'ASC' },
          });
          return groupBy(ids, rows, (r) => r.dossierId);
        }),
    );
  }
}
