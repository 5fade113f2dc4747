import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../dossier/models/json.scalar';

@ObjectType('AuditEntry', { description: 'Một dòng nhật ký hệ thống (chỉ đọc).' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;
  @Field()
  at: Date;
  @Field(() => ID, { nullable: true })
  actorId: string | null;
  @Field(() => String, { nullable: true })
  actorName: string | null;
  @Field(() => String, { nullable: true })
  actorRole: string | null;
  @Field(() => String, { nullable: true })
  actorIp: string | null;
  @Field()
  action: string;
  @Field()
  targetType: string;
  @Field(() => String, { nullable: true })
  targetId: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Tóm tắt trước/sau (không chứa mật khẩu, mã bí mật).',
  })
  summary: Record<string, unknown> | null;
}

@ObjectType('AuditLogPage')
export class AuditLogPageModel {
  @Field(() => [AuditEntryModel])
  items: AuditEntryModel[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  page: number;
  @Field(() => Int)
  pageSize: number;
}
