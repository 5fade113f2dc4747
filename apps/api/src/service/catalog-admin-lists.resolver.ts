import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { referenceListComplexity } from './catalog-complexity';
import { CatalogAdminListService } from './catalog-admin-list.service';
import { AgencyEntity } from './entities/agency.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { SectorEntity } from './entities/sector.entity';
import { FormFieldOrderService } from './form-field-order.service';

/** The catalog console's own lists (inactive rows included) and the intake-form order. Admins only. */
@Roles(Role.ADMIN)
@Resolver()
export class CatalogAdminListsResolver {
  constructor(
    private readonly lists: CatalogAdminListService,
    private readonly order: FormFieldOrderService,
  ) {}

  @Query(() => [AgencyEntity], {
    description: 'Mọi cơ quan, kể cả đã ngừng (quản trị danh mục): bộ/ngành, cấp tỉnh, cấp xã.',
    complexity: referenceListComplexity,
  })
  adminAgencies(): Promise<AgencyEntity[]> {
    return this.lists.agencies();
  }

  @Query(() => [SectorEntity], {
    description: 'Mọi lĩnh vực, kể cả đã ngừng (quản trị danh mục), theo tên.',
    complexity: referenceListComplexity,
  })
  adminSectors(): Promise<SectorEntity[]> {
    return this.lists.sectors();
  }

  @Mutation(() => [FormFieldEntity], {
    description:
      'Sắp xếp lại form thông tin của thủ tục: danh sách gồm mọi trường đang dùng, mỗi trường một lần, theo thứ tự mới.',
    complexity: ({ childComplexity }) => 10 + 20 * childComplexity,
  })
  reorderFormFields(
    @CurrentUser() admin: AuthUser,
    @Args('serviceId', { type: () => ID, description: 'Thủ tục.' }) serviceId: string,
    @Args('fieldIds', { type: () => [ID], description: 'Mã các trường theo thứ tự mới.' }) fieldIds: string[],
  ): Promise<FormFieldEntity[]> {
    return this.order.reorder(admin.id, serviceId, fieldIds);
  }
}
