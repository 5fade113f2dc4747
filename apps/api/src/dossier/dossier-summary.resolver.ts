import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { CatalogLoaders } from '../service/catalog.loaders';
import { dossierSummary } from './dossier-summary';
import { DossierEntity } from './entities/dossier.entity';

/** Dossier.summary: tells two drafts of the same procedure apart in Hồ sơ đã đăng ký. */
@Resolver(() => DossierEntity)
export class DossierSummaryResolver {
  constructor(private readonly catalog: CatalogLoaders) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Tóm tắt ngắn: giá trị trường văn bản đầu tiên đã khai trong form (null khi chưa khai).',
  })
  async summary(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    const fields = await this.catalog.formFields(ctx.loaders).load(d.serviceId);
    return dossierSummary(fields, d.formData);
  }
}
