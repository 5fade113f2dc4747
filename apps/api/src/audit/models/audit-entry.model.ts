import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paged } from '../../common/graphql/paged';
import { GraphQLJSON } from '../../dossier/models/json.scalar';

@ObjectType('AuditEntry', { description: 'Một dòng nhật ký hệ thống (chỉ đọc).' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Mã định danh của mục nhật ký.' })
  id: string;
  @Field({ description: 'Thời điểm.' })
  at: Date;
  @Field(() => ID, { description: 'Người (hoặc ứng dụng) thực hiện.', nullable: true })
  actorId: string | null;
  @Field(() => String, { description: 'Tên người thực hiện.', nullable: true })
  actorName: string | null;
  @Field(() => String, { description: 'Vai trò của người thực hiện.', nullable: true })
  actorRole: string | null;
  @Field(() => String, { description: 'Địa chỉ IP của người thực hiện.', nullable: true })
  actorIp: string | null;
  @Field({ description: 'Thao tác đã thực hiện.' })
  action: string;
  @Field({ description: 'Loại đối tượng bị thay đổi.' })
  targetType: string;
  @Field(() => String, { description: 'Đối tượng bị thay đổi.', nullable: true })
  targetId: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Tóm tắt trước/sau (không chứa mật khẩu, mã bí mật).',
  })
  summary: Record<string, unknown> | null;
}

@ObjectType('AuditLogPage', { description: 'Một trang nhật ký thay đổi.' })
export class AuditLogPageModel extends Paged(AuditEntryModel) {}
