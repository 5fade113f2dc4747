import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { SENSITIVE_OPERATION_COMPLEXITY } from '../common/graphql/query-limits';
import { FileUpload, GraphQLUpload } from '../common/upload/file-upload';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { DossierResultsService } from './dossier-results.service';
import { SupplementItemInput } from './dto/supplement-item.input';
import { OfficerActionsService } from './officer-actions.service';

const id = () => Args('id', { type: () => ID, description: 'Mã định danh của hồ sơ.' });
const expectedVersion = () =>
  Args('expectedVersion', { type: () => Int, description: 'Phiên bản hồ sơ cán bộ đang xem.' });
const note = () =>
  Args('note', { type: () => String, nullable: true, description: 'Ghi chú, lưu vào lịch sử xử lý.' });
/** Rate limited per account: aliases must not multiply them in one request. */
const officerMutation = (description: string) =>
  Mutation(() => DossierEntity, { description, complexity: SENSITIVE_OPERATION_COMPLEXITY });

/**
 * The officer's actions on a dossier of their agency. Each one: NOT_FOUND for another agency's
 * dossier, STALE_DOSSIER when expectedVersion is not the current one, INVALID_TRANSITION in a wrong
 * status, and one processing step in the history.
 */
@Roles(Role.OFFICER)
@Resolver(() => DossierEntity)
export class OfficerActionsResolver {
  constructor(
    private readonly actions: OfficerActionsService,
    private readonly results: DossierResultsService,
  ) {}

  @officerMutation('Tiếp nhận hồ sơ (Đã gửi → Đã tiếp nhận); đặt ngày hẹn trả.')
  receiveDossier(
    @CurrentUser() user: AuthUser,
    @id() dossierId: string,
    @expectedVersion() version: number,
    @note() text?: string | null,
  ): Promise<DossierEntity> {
    return this.actions.receive(user, dossierId, version, text);
  }

  @officerMutation('Bắt đầu xử lý (Đã tiếp nhận → Đang xử lý).')
  startProcessing(
    @CurrentUser() user: AuthUser,
    @id() dossierId: string,
    @expectedVersion() version: number,
    @note() text?: string | null,
  ): Promise<DossierEntity> {
    return this.actions.start(user, dossierId, version, text);
  }

  @officerMutation('Yêu cầu bổ sung hồ sơ; thời hạn giải quyết tạm dừng đến khi công dân gửi lại.')
  requestSupplement(
    @CurrentUser() user: AuthUser,
    @id() dossierId: string,
    @expectedVersion() version: number,
    @note() text: string | null | undefined,
    @Args('items', {
      type: () => [SupplementItemInput],
      description: 'Các nội dung cần bổ sung (ít nhất một).',
    })
    items: SupplementItemInput[],
  ): Promise<DossierEntity> {
    return this.actions.requestSupplement(user, dossierId, version, text, items);
  }

  @officerMutation(
    'Trả kết quả (Đang xử lý → Đã có kết quả) với tệp kết quả (multipart; PDF, ảnh, DOC/DOCX, tối đa 20 MB mỗi tệp).',
  )
  completeDossier(
    @CurrentUser() user: AuthUser,
    @id() dossierId: string,
    @expectedVersion() version: number,
    @note() text: string | null | undefined,
    @Args('resultFiles', { type: () => [GraphQLUpload], description: 'Tệp kết quả (multipart).' })
    resultFiles: Promise<FileUpload>[],
  ): Promise<DossierEntity> {
    return this.results.complete(user, dossierId, version, text, resultFiles);
  }

  @officerMutation('Từ chối giải quyết hồ sơ; lý do bắt buộc và được hiển thị cho công dân.')
  rejectDossier(
    @CurrentUser() user: AuthUser,
    @id() dossierId: string,
    @expectedVersion() version: number,
    @Args('reason', { description: 'Lý do, hiển thị cho người dân.' }) reason: string,
  ): Promise<DossierEntity> {
    return this.actions.reject(user, dossierId, version, reason);
  }
}
