import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { dossierPageComplexity } from './dossier-complexity';
import { DossierAccess } from './dossier-access.service';
import { DossierSubmitDeleteService } from './dossier-submit-delete.service';
import { DossierQueryService } from './dossier-query.service';
import { DossierSaveService } from './dossier-save.service';
import { MyDossiersArgs } from './dto/my-dossiers.args';
import { SaveDossierInput } from './dto/save-dossier.input';
import { DossierEntity } from './entities/dossier.entity';
import { DossierPage } from './models/dossier-page.model';

/** The citizen's dossier operations. Thin: the services own validation and transactions. */
@Resolver(() => DossierEntity)
export class DossierResolver {
  constructor(
    private readonly saver: DossierSaveService,
    private readonly submitDelete: DossierSubmitDeleteService,
    private readonly queries: DossierQueryService,
    private readonly access: DossierAccess,
  ) {}

  @Roles(Role.CITIZEN)
  @Mutation(() => DossierEntity, {
    description:
      'Tạo (không có id) hoặc sửa hồ sơ chưa gửi / được yêu cầu bổ sung, kèm tệp đính kèm (multipart). Lưu nháp chấp nhận form chưa đầy đủ.',
  })
  saveDossier(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: SaveDossierInput,
  ): Promise<DossierEntity> {
    return this.saver.save(user, input);
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => DossierEntity, {
    description:
      'Gửi hồ sơ (cấp mã hồ sơ lần đầu). Thiếu thông tin hoặc thành phần bắt buộc: DOSSIER_INCOMPLETE.',
  })
  submitDossier(
    @CurrentUser() user: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
  ): Promise<DossierEntity> {
    return this.submitDelete.submit(user, id);
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => Boolean, { description: 'Xóa hồ sơ chưa gửi cùng các tệp đính kèm.' })
  deleteDossier(
    @CurrentUser() user: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.submitDelete.delete(user, id);
  }

  @Query(() => DossierPage, {
    description: 'Hồ sơ đã đăng ký của người dùng đang đăng nhập, mới nhất trước.',
    complexity: dossierPageComplexity,
  })
  myDossiers(@CurrentUser() user: AuthUser, @Args() args: MyDossiersArgs): Promise<DossierPage> {
    return this.queries.mine(user, args);
  }

  @Query(() => DossierEntity, {
    description:
      'Một hồ sơ của người dùng (hoặc của cơ quan tiếp nhận, với cán bộ); NOT_FOUND nếu không có quyền.',
  })
  dossier(
    @CurrentUser() user: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
  ): Promise<DossierEntity> {
    return this.access.findReadable(user, id);
  }
}
