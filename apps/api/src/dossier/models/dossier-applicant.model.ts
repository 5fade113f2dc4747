import { Field, ObjectType } from '@nestjs/graphql';
import type { DossierApplicant } from '@dvc/shared/domain';

@ObjectType('DossierApplicant', {
  description: 'Thông tin người nộp hồ sơ (lấy từ hồ sơ cá nhân, có thể sửa).',
})
export class DossierApplicantModel implements DossierApplicant {
  @Field(() => String, { description: 'Họ và tên.', nullable: true })
  fullName: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD (12 chữ số).' })
  citizenId: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày sinh (yyyy-MM-dd).' })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: 'MALE, FEMALE hoặc OTHER.' })
  gender: string | null;

  @Field(() => String, { description: 'Số điện thoại.', nullable: true })
  phone: string | null;

  @Field(() => String, { description: 'Địa chỉ e-mail.', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Mã tỉnh/thành phố (2 chữ số).' })
  provinceCode: string | null;

  @Field(() => String, { description: 'Xã, phường.', nullable: true })
  commune: string | null;

  @Field(() => String, { description: 'Số nhà, đường, thôn, xóm.', nullable: true })
  street: string | null;
}
