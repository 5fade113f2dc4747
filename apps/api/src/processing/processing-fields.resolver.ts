import { ResolveField, Resolver } from '@nestjs/graphql';
import { DossierAction, DossierStatus, isOverdue } from '@dvc/shared/domain';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { dossierListComplexity } from '../dossier/dossier-complexity';
import { DossierLoaders } from '../dossier/dossier.loaders';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { DossierResultModel } from '../dossier/models/dossier-result.model';
import { CatalogLoaders } from '../service/catalog.loaders';
import { DossierRatingModel } from './models/dossier-rating.model';
import { SupplementItemModel, SupplementRequestModel } from './models/supplement-request.model';
import { ProcessingLoaders } from './processing.loaders';

/**
 * The back office's fields of a dossier, for whoever may read it (its owner, officers of its agency):
 * result, open supplement request, rejection reason, rating, overdue. All through DataLoaders.
 */
@Resolver(() => DossierEntity)
export class ProcessingFieldsResolver {
  constructor(
    private readonly loaders: ProcessingLoaders,
    private readonly dossierLoaders: DossierLoaders,
    private readonly catalog: CatalogLoaders,
  ) {}

  @ResolveField(() => DossierResultModel, {
    nullable: true,
    description: 'Kết quả giải quyết; null cho đến khi cơ quan trả kết quả.',
    complexity: dossierListComplexity,
  })
  async result(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<DossierResultModel | null> {
    if (d.status !== DossierStatus.COMPLETED) return null;
    const [result, files] = await Promise.all([
      this.loaders.result(ctx.loaders).load(d.id),
      this.loaders.resultFiles(ctx.loaders).load(d.id),
    ]);
    if (!result) return null;
    return { issuedAt: result.issuedAt, note: result.note, officerName: result.officerName, files };
  }

  @ResolveField(() => SupplementRequestModel, {
    nullable: true,
    description: 'Yêu cầu bổ sung đang mở (null khi không có).',
    complexity: dossierListComplexity,
  })
  async supplementRequest(
    d: DossierEntity,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<SupplementRequestModel | null> {
    if (d.status !== DossierStatus.SUPPLEMENT_REQUESTED) return null;
    const request = await this.loaders.openSupplement(ctx.loaders).load(d.id);
    if (!request) return null;
    const fields = request.items.some((i) => i.fieldKey)
      ? await this.catalog.formFields(ctx.loaders).load(d.serviceId)
      : [];
    const items: SupplementItemModel[] = await Promise.all(
      request.items.map(async (item) => {
        const component = item.componentId
          ? await this.catalog.component(ctx.loaders).load(item.componentId)
          : null;
        const field = item.fieldKey ? fields.find((f) => f.key === item.fieldKey) : undefined;
        return { ...item, label: component?.name ?? field?.label ?? null };
      }),
    );
    return {
      id: request.id,
      note: request.note,
      items,
      requestedAt: request.requestedAt,
      requestedBy: request.requestedBy,
      resolvedAt: request.resolvedAt,
    };
  }

  @ResolveField(() => String, { nullable: true, description: 'Lý do từ chối (hồ sơ bị từ chối).' })
  async rejectionReason(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    if (d.status !== DossierStatus.REJECTED) return null;
    const history = await this.dossierLoaders.history(ctx.loaders).load(d.id);
    const step = [...history].reverse().find((s) => s.action === DossierAction.REJECT);
    return step?.note ?? null;
  }

  @ResolveField(() => DossierRatingModel, { nullable: true, description: 'Đánh giá mức độ hài lòng.' })
  async rating(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<DossierRatingModel | null> {
    if (d.status !== DossierStatus.COMPLETED && d.status !== DossierStatus.REJECTED) return null;
    const rating = await this.loaders.rating(ctx.loaders).load(d.id);
    return rating ? { score: rating.score, comment: rating.comment, ratedAt: rating.ratedAt } : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Quá hạn: đã qua ngày hẹn trả mà chưa có kết quả (tạm dừng khi yêu cầu bổ sung).',
  })
  overdue(d: DossierEntity): boolean {
    return isOverdue(d.status, d.dueDate);
  }
}
