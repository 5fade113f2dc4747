import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DossierApplicant, FormValues } from '@dvc/shared/domain';
import { FileUpload, GraphQLUpload } from '../../common/upload/file-upload';
import { GraphQLJSON } from '../models/json.scalar';

@InputType('DossierApplicantInput', { description: 'Thông tin người nộp hồ sơ.' })
export class DossierApplicantInput implements Partial<DossierApplicant> {
  @Field(() => String, { description: 'Họ và tên.', nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD (12 chữ số).' })
  citizenId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày sinh (yyyy-MM-dd).' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'MALE, FEMALE hoặc OTHER.' })
  gender?: string | null;

  @Field(() => String, { description: 'Số điện thoại.', nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'Địa chỉ e-mail.', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mã tỉnh/thành phố (2 chữ số).' })
  provinceCode?: string | null;

  @Field(() => String, { description: 'Xã, phường.', nullable: true })
  commune?: string | null;

  @Field(() => String, { description: 'Số nhà, đường, thôn, xóm.', nullable: true })
  street?: string | null;
}

@InputType('DossierComponentFilesInput', {
  description: 'Tệp thêm mới và tệp cần xóa của một thành phần hồ sơ.',
})
export class DossierComponentFilesInput {
  @Field(() => ID, { description: 'Thành phần hồ sơ nhận các tệp.' })
  componentId: string;

  @Field(() => [GraphQLUpload], {
    nullable: true,
    description: 'Tệp mới (multipart, graphql-multipart-request-spec); tối đa 20 tệp mỗi lần lưu.',
  })
  newFiles?: Promise<FileUpload>[] | null;

  @Field(() => [ID], { nullable: true, description: 'Id các tệp đã đính kèm cần xóa.' })
  removeFileIds?: string[] | null;
}

@InputType('SaveDossierInput', { description: 'Hồ sơ cần lưu (tạo mới khi không có id).' })
export class SaveDossierInput {
  @Field(() => ID, { nullable: true, description: 'Bỏ trống để tạo hồ sơ mới.' })
  id?: string | null;

  @Field(() => ID, { description: 'Thủ tục (dịch vụ công) của hồ sơ.' })
  serviceId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Phiên bản hồ sơ đang sửa (bắt buộc khi có id); khác phiên bản hiện tại thì STALE_DOSSIER.',
  })
  expectedVersion?: number | null;

  @Field(() => DossierApplicantInput, {
    nullable: true,
    description: 'Khi tạo mới mà bỏ trống: lấy từ hồ sơ cá nhân. Khi sửa mà bỏ trống: giữ nguyên.',
  })
  applicant?: DossierApplicantInput | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Giá trị form thông tin tiếp nhận hồ sơ (thay toàn bộ); bỏ trống khi sửa: giữ nguyên.',
  })
  formData?: FormValues | null;

  @Field(() => [DossierComponentFilesInput], {
    description: 'Tệp đính kèm theo từng thành phần hồ sơ (multipart).',
    nullable: true,
  })
  components?: DossierComponentFilesInput[] | null;
}
