import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OnlineLevel } from '../entities/catalog-enums';

@InputType('CreateServiceInput', { description: 'Thủ tục hành chính mới.' })
export class CreateServiceInput {
  @Field({ description: 'Mã thủ tục, ví dụ "1.001193".' })
  code: string;

  @Field()
  name: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => ID)
  sectorId: string;

  @Field(() => OnlineLevel)
  onlineLevel: OnlineLevel;

  @Field(() => Int)
  processingDays: number;

  @Field({ nullable: true })
  feeText?: string;

  @Field(() => Int, { nullable: true })
  feeAmount?: number | null;

  @Field({ nullable: true })
  legalBasis?: string;

  @Field({ nullable: true })
  description?: string;

  @Field({ nullable: true })
  resultDescription?: string;

  @Field(() => Int, { nullable: true })
  popularity?: number;
}

@InputType('UpdateServiceInput')
export class UpdateServiceInput {
  @Field({ nullable: true })
  code?: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  sectorId?: string;

  @Field(() => OnlineLevel, { nullable: true })
  onlineLevel?: OnlineLevel;

  @Field(() => Int, { nullable: true })
  processingDays?: number;

  @Field({ nullable: true })
  feeText?: string;

  @Field(() => Int, { nullable: true, description: 'null để bỏ mức lệ phí cố định.' })
  feeAmount?: number | null;

  @Field({ nullable: true })
  legalBasis?: string;

  @Field({ nullable: true })
  description?: string;

  @Field({ nullable: true })
  resultDescription?: string;

  @Field(() => Int, { nullable: true })
  popularity?: number;

  @Field({ nullable: true, description: 'true để tiếp nhận hồ sơ trở lại.' })
  active?: boolean;
}
