import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DossierStatus, ErrorCode } from '@dvc/shared/domain';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/database/unique-violation';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { DossierAccess } from '../dossier/dossier-access.service';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { DossierRatingEntity } from './entities/dossier-rating.entity';
import { cleanNote } from './officer-dossiers.service';
import { COMMENT_MAX_LENGTH, PROCESSING_LIMITS } from './processing-limits';
import { trackRating } from '../statistics/dossier-statistics-rows';

const RATABLE: readonly DossierStatus[] = [DossierStatus.COMPLETED, DossierStatus.REJECTED];

/** rateDossier: the owner rates a finished dossier once (1–5 stars and a comment). */
@Injectable()
export class DossierRatingService {
  constructor(
    @InjectRepository(DossierRatingEntity) private readonly ratings: Repository<DossierRatingEntity>,
    private readonly access: DossierAccess,
    private readonly rateLimits: RateLimitService,
  ) {}

  async rate(user: AuthUser, id: string, score: number, comment?: string | null): Promise<DossierEntity> {
    await this.rateLimits.consume(PROCESSING_LIMITS.ratePerAccount, user.id);
    const dossier = await this.access.findOwned(user, id);
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      throw DomainError.validation({ score: 'Vui lòng chọn từ 1 đến 5 sao.' });
    }
    const text = cleanNote(comment, 'comment', { max: COMMENT_MAX_LENGTH });
    if (!RATABLE.includes(dossier.status)) {
      throw new DomainError(
        ErrorCode.INVALID_TRANSITION,
        'Chỉ đánh giá được hồ sơ đã có kết quả hoặc bị từ chối.',
        { status: dossier.status },
      );
    }
    if (await this.ratings.existsBy({ dossierId: id })) throw new DomainError(ErrorCode.ALREADY_RATED);
    try {
      // The primary key is the dossier: of two concurrent ratings, the second insert fails.
      await this.ratings.insert({
        dossierId: id,
        ownerId: user.id,
        agencyId: dossier.agencyId,
        score,
        comment: text,
        ratedAt: new Date(),
      });
      // The statistics' copy (issue 14); a statement of its own, as the insert is.
      await trackRating((sql, params) => this.ratings.query(sql, params), id, score);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.ALREADY_RATED);
      throw error;
    }
    return dossier;
  }
}
