import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { Public, CurrentUser } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { batchedListComplexity, pageComplexity } from './catalog-complexity';
import { CatalogReader } from './catalog-reader.service';
import { CatalogService } from './catalog.service';
import { CatalogLoaders } from './catalog.loaders';
import { ServiceFilterInput } from './dto/service-filter.input';
import { ServicePage } from './dto/service-page.model';
import { AgencyEntity } from './entities/agency.entity';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';

function isAdmin(user: AuthUser | undefined): boolean {
  return user?.role === Role.ADMIN;
}

/** The catalog console lists retired components and fields too, so that they can be reactivated. */
const INCLUDE_INACTIVE = {
  type: () => Boolean,
  nullable: true,
  defaultValue: false,
  description: 'Kể cả mục đã ngừng sử dụng (chỉ quản trị; người khác nhận FORBIDDEN).',
};

/** Public queries of the catalog and the relations of a procedure (through per-request DataLoaders). */
@Resolver(() => ServiceProcedureEntity)
export class ProcedureResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly reader: CatalogReader,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => ServicePage, {
    description: 'Tìm kiếm dịch vụ công đang tiếp nhận hồ sơ; mỗi trang tối đa 100 mục.',
    complexity: pageComplexity,
  })
  services(
    @CurrentUser() user: AuthUser | undefined,
    @Args('filter', { description: 'Điều kiện lọc.', type: () => ServiceFilterInput, nullable: true })
    filter?: ServiceFilterInput,
    @Args('page', { description: 'Trang, từ 1.', type: () => Int, nullable: true, defaultValue: 1 })
    page?: number,
    @Args('pageSize', { description: 'Số mục mỗi trang.', type: () => Int, nullable: true, defaultValue: 20 })
    pageSize?: number,
  ): Promise<ServicePage> {
    this.catalog.assertMayIncludeInactive(filter, isAdmin(user));
    return this.catalog.search({ filter, page, pageSize });
  }

  @Public()
  @Query(() => ServiceProcedureEntity, {
    nullable: true,
    description: 'Một thủ tục theo id; null nếu không có hoặc đã ngừng (quản trị vẫn xem được).',
  })
  service(
    @CurrentUser() user: AuthUser | undefined,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
  ): Promise<ServiceProcedureEntity | null> {
    return this.reader.getProcedure(id, { includeInactive: isAdmin(user) });
  }

  @Public()
  @Query(() => ServiceProcedureEntity, {
    nullable: true,
    description: 'Một thủ tục theo mã, ví dụ "1.001193".',
  })
  serviceByCode(
    @CurrentUser() user: AuthUser | undefined,
    @Args('code', { description: 'Mã.' }) code: string,
  ): Promise<ServiceProcedureEntity | null> {
    return this.catalog.findByCode(code, isAdmin(user));
  }

  @ResolveField(() => AgencyEntity, { description: 'Cơ quan thực hiện.' })
  async agency(p: ServiceProcedureEntity, _args: unknown, ctx: GraphQLContext): Promise<AgencyEntity> {
    const agency = await this.loaders.agency(ctx.loaders).load(p.agencyId);
    if (!agency) throw new Error(`Procedure ${p.id} points at missing agency ${p.agencyId}`);
    return agency;
  }

  @ResolveField(() => SectorEntity, { description: 'Lĩnh vực.' })
  async sector(p: ServiceProcedureEntity, _args: unknown, ctx: GraphQLContext): Promise<SectorEntity> {
    const sector = await this.loaders.sector(ctx.loaders).load(p.sectorId);
    if (!sector) throw new Error(`Procedure ${p.id} points at missing sector ${p.sectorId}`);
    return sector;
  }

  @ResolveField(() => [DocumentComponentEntity], {
    description: 'Thành phần hồ sơ, theo thứ tự.',
    complexity: batchedListComplexity,
  })
  components(
    @Parent() p: ServiceProcedureEntity,
    @Context() ctx: GraphQLContext,
    @CurrentUser() user: AuthUser | undefined,
    @Args('includeInactive', INCLUDE_INACTIVE) includeInactive: boolean,
  ): Promise<DocumentComponentEntity[]> {
    this.catalog.assertMayIncludeInactive({ includeInactive }, isAdmin(user));
    return this.loaders.components(ctx.loaders, includeInactive).load(p.id);
  }

  @ResolveField(() => [FormFieldEntity], {
    description: 'Form thông tin tiếp nhận hồ sơ, theo thứ tự.',
    complexity: batchedListComplexity,
  })
  formFields(
    @Parent() p: ServiceProcedureEntity,
    @Context() ctx: GraphQLContext,
    @CurrentUser() user: AuthUser | undefined,
    @Args('includeInactive', INCLUDE_INACTIVE) includeInactive: boolean,
  ): Promise<FormFieldEntity[]> {
    this.catalog.assertMayIncludeInactive({ includeInactive }, isAdmin(user));
    return this.loaders.formFields(ctx.loaders, includeInactive).load(p.id);
  }
}
