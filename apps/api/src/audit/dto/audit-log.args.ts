import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

export const AUDIT_DEFAULT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE_SIZE = 200;

@InputType('AuditLogFilter', { description: 'Bộ lọc nhật ký thay đổi.' })
export class AuditLogFilter {
  @Field(() => ID, { description: 'Chỉ thao tác của người này.', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Tên hành động, ví dụ auth.login_failed.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Loại đối tượng: dossier, account, agency…' })
  targetType?: string | null;

  @Field(() => String, { description: 'Chỉ thao tác trên đối tượng này.', nullable: true })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Từ thời điểm (gồm).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Đến thời điểm (không gồm).' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { description: 'Điều kiện lọc.', nullable: true })
  filter?: AuditLogFilter | null;

  @Field(() => Int, { description: 'Trang, từ 1.', nullable: true, defaultValue: 1 })
  page: number;

  @Field(() => Int, {
    description: 'Số mục mỗi trang.',
    nullable: true,
    defaultValue: AUDIT_DEFAULT_PAGE_SIZE,
  })
  pageSize: number;
}
