import { Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Public } from '../common/auth/auth.decorators';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { referenceListComplexity } from './catalog-complexity';
import { CatalogService } from './catalog.service';
import { SectorEntity } from './entities/sector.entity';

@Resolver(() => SectorEntity)
export class SectorResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => [SectorEntity], {
    description: 'Lĩnh vực đang hoạt động, kèm số thủ tục đang tiếp nhận hồ sơ.',
    complexity: referenceListComplexity,
  })
  sectors(): Promise<SectorEntity[]> {
    return this.catalog.listSectors();
  }

  @ResolveField(() => Int, { description: 'Số thủ tục đang tiếp nhận hồ sơ trong lĩnh vực.' })
  serviceCount(s: SectorEntity, _args: unknown, ctx: GraphQLContext): Promise<number> {
    return ctx.loaders
      .get(
        'catalog.sectorServiceCount',
        () => new DataLoader((ids: readonly string[]) => this.catalog.countActiveBy('sector_id', ids)),
      )
      .load(s.id);
  }
}
