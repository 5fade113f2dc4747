import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, IsNull, Repository } from 'typeorm';
import type { RequestLoaders } from '../common/graphql/request-loaders';
import { DossierFileEntity } from '../dossier/entities/dossier-file.entity';
import { DossierRatingEntity } from './entities/dossier-rating.entity';
import { DossierResultEntity } from './entities/dossier-result.entity';
import { SupplementRequestEntity } from './entities/supplement-request.entity';

function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => found.get(k) ?? null);
}

/** Per-request loaders of the back-office relations of a dossier: one query per relation and page. */
@Injectable()
export class ProcessingLoaders {
  constructor(
    @InjectRepository(DossierResultEntity) private readonly results: Repository<DossierResultEntity>,
    @InjectRepository(DossierFileEntity) private readonly files: Repository<DossierFileEntity>,
    @InjectRepository(SupplementRequestEntity)
    private readonly supplements: Repository<SupplementRequestEntity>,
    @InjectRepository(DossierRatingEntity) private readonly ratings: Repository<DossierRatingEntity>,
  ) {}

  result(loaders: RequestLoaders): DataLoader<string, DossierResultEntity | null> {
    return loaders.get(
      'processing.result',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.results.findBy({ dossierId: In([...ids]) }), (r) => r.dossierId),
        ),
    );
  }

  /** The result's files of each dossier, in upload order. */
  resultFiles(loaders: RequestLoaders): DataLoader<string, DossierFileEntity[]> {
    return loaders.get(
      'processing.resultFiles',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.files.find({
            where: { dossierId: In([...ids]), kind: 'RESULT' },
            order: { uploadedAt: 'ASC', fileName: 'ASC' },
          });
          return ids.map((id) => rows.filter((r) => r.dossierId === id));
        }),
    );
  }

  /** The open supplement request of each dossier (null when none). */
  openSupplement(loaders: RequestLoaders): DataLoader<string, SupplementRequestEntity | null> {
    return loaders.get(
      'processing.openSupplement',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(
            ids,
            await this.supplements.findBy({ dossierId: In([...ids]), resolvedAt: IsNull() }),
            (r) => r.dossierId,
          ),
        ),
    );
  }

  rating(loaders: RequestLoaders): DataLoader<string, DossierRatingEntity | null> {
    return loaders.get(
      'processing.rating',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.ratings.findBy({ dossierId: In([...ids]) }), (r) => r.dossierId),
        ),
    );
  }
}
