import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OnlineLevel } from '../entities/catalog-enums';

/** The optional texts and ranking of a procedure, the same when creating and when changing one. */
@InputType({ isAbstract: true })
abstract class ProcedureTextsInput {
  @Field({ description: 'Lệ phí, mô tả bằng lời.', nullable: true })
  feeText?: string;

  @Field({ description: 'Căn cứ pháp lý.', nullable: true })
  legalBasis?: string;

  @Field({ description: 'Mô tả.', nullable: true })
  description?: string;

  @Field({ description: 'Kết quả thực hiện thủ tục.', nullable: true })
  resultDescription?: string;

  @Field(() => Int, { description: 'Độ phổ biến (thủ tục phổ biến xếp trước).', nullable: true })
  popularity?: number;
}

@InputType('CreateServiceInput', { description: 'Thủ tục hành chính mới.' })
export class CreateServiceInput extends ProcedureTextsInput {
  @Field({ description: 'Mã thủ tục, ví dụ "1.001193".' })
  code: string;

  @Field({ description: 'Tên.' })
  name: string;

  @Field(() => ID, { description: 'Mã định danh của cơ quan.' })
  agencyId: string;

  @Field(() => ID, { description: 'Mã định danh của lĩnh vực.' })
  sectorId: string;

  @Field(() => OnlineLevel, { description: 'Mức độ dịch vụ công trực tuyến.' })
  onlineLevel: OnlineLevel;

  @Field(() => Int, { description: 'Thời hạn giải quyết (ngày làm việc).' })
  processingDays: number;

  @Field(() => Int, { description: 'Lệ phí (đồng), nếu cố định.', nullable: true })
  feeAmount?: number | null;
}

@InputType('UpdateServiceInput', { description: 'Thay đổi thủ tục; trường bỏ trống giữ nguyên.' })
export class UpdateServiceInput extends ProcedureTextsInput {
  @Field({ description: 'Mã thủ tục mới.', nullable: true })
  code?: string;

  @Field({ description: 'Tên.', nullable: true })
  name?: string;

  @Field(() => ID, { description: 'Mã định danh của cơ quan.', nullable: true })
  agencyId?: string;

  @Field(() => ID, { description: 'Mã định danh của lĩnh vực.', nullable: true })
  sectorId?: string;

  @Field(() => OnlineLevel, { description: 'Mức độ dịch vụ công trực tuyến.', nullable: true })
  onlineLevel?: OnlineLevel;

  @Field(() => Int, { description: 'Thời hạn giải quyết (ngày làm việc).', nullable: true })
  processingDays?: number;

  @Field(() => Int, { nullable: true, description: 'null để bỏ mức lệ phí cố định.' })
  feeAmount?: number | null;

  @Field({ nullable: true, description: 'true để tiếp nhận hồ sơ trở lại.' })
  active?: boolean;
}
