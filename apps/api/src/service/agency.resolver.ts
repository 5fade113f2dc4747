import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyLevel } from '@dvc/shared/domain';
import DataLoader from 'dataloader';
import { Public } from '../common/auth/auth.decorators';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { referenceListComplexity } from './catalog-complexity';
import { CatalogService } from './catalog.service';
import { CatalogLoaders } from './catalog.loaders';
import { AgencyLevel as AgencyLevelEnum } from './entities/catalog-enums';
import { AgencyEntity } from './entities/agency.entity';

@Resolver(() => AgencyEntity)
export class AgencyResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => [AgencyEntity], {
    description: 'Cơ quan đang hoạt động: bộ/ngành, cấp tỉnh, cấp xã.',
    complexity: referenceListComplexity,
  })
  agencies(
    @Args('level', { description: 'Chỉ cơ quan ở cấp này.', type: () => AgencyLevelEnum, nullable: true })
    level?: AgencyLevel,
  ): Promise<AgencyEntity[]> {
    return this.catalog.listAgencies(level);
  }

  @ResolveField(() => AgencyEntity, { nullable: true, description: 'Cơ quan cấp trên.' })
  parent(a: AgencyEntity, _args: unknown, ctx: GraphQLContext): Promise<AgencyEntity | null> {
    return a.parentId ? this.loaders.agency(ctx.loaders).load(a.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => Int, { description: 'Số thủ tục đang tiếp nhận hồ sơ của cơ quan.' })
  serviceCount(a: AgencyEntity, _args: unknown, ctx: GraphQLContext): Promise<number> {
    return ctx.loaders
      .get(
        'catalog.agencyServiceCount',
        () => new DataLoader((ids: readonly string[]) => this.catalog.countActiveBy('agency_id', ids)),
      )
      .load(a.id);
  }
}
