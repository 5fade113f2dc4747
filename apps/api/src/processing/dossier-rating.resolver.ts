import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { SENSITIVE_OPERATION_COMPLEXITY } from '../common/graphql/query-limits';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { DossierRatingService } from './dossier-rating.service';

@Resolver(() => DossierEntity)
export class DossierRatingResolver {
  constructor(private readonly ratings: DossierRatingService) {}

  @Roles(Role.CITIZEN)
  @Mutation(() => DossierEntity, {
    description:
      'Đánh giá mức độ hài lòng (1–5 sao) một lần, khi hồ sơ đã có kết quả hoặc bị từ chối; chỉ người nộp.',
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
  })
  rateDossier(
    @CurrentUser() user: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
    @Args('score', { description: 'Điểm đánh giá, từ 1 đến 5.', type: () => Int }) score: number,
    @Args('comment', { description: 'Nhận xét (không bắt buộc).', type: () => String, nullable: true })
    comment?: string | null,
  ): Promise<DossierEntity> {
    return this.ratings.rate(user, id, score, comment);
  }
}
