import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SupplementItem', {
  description: 'Một nội dung cần bổ sung: một thành phần hồ sơ hoặc một trường của form, kèm nhận xét.',
})
export class SupplementItemModel {
  @Field(() => ID, { nullable: true, description: 'Thành phần hồ sơ cần bổ sung (tệp).' })
  componentId: string | null;

  @Field(() => String, { nullable: true, description: 'Khóa của trường form cần sửa.' })
  fieldKey: string | null;

  @Field({ description: 'Nhận xét của cán bộ, hiển thị bên cạnh thành phần hoặc trường.' })
  comment: string;

  @Field(() => String, { nullable: true, description: 'Tên thành phần hoặc nhãn của trường, để hiển thị.' })
  label: string | null;
}

@ObjectType('SupplementRequest', { description: 'Yêu cầu bổ sung hồ sơ của cơ quan.' })
export class SupplementRequestModel {
  @Field(() => ID, { description: 'Mã định danh của yêu cầu bổ sung.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Ghi chú chung của cán bộ.' })
  note: string | null;

  @Field(() => [SupplementItemModel], { description: 'Các nội dung cần bổ sung.' })
  items: SupplementItemModel[];

  @Field({ description: 'Thời điểm yêu cầu (thời hạn giải quyết tạm dừng từ đây).' })
  requestedAt: Date;

  @Field({ description: 'Cán bộ yêu cầu.' })
  requestedBy: string;

  @Field(() => Date, { nullable: true, description: 'Thời điểm công dân gửi lại (null khi còn mở).' })
  resolvedAt: Date | null;
}
