import { Field, ID, InputType } from '@nestjs/graphql';
import { AgencyLevel } from '../entities/catalog-enums';

@InputType('CreateAgencyInput')
export class CreateAgencyInput {
  @Field({ description: 'Mã cơ quan (chữ in hoa, số, dấu chấm), ví dụ "000.00.12.H29".' })
  code: string;

  @Field()
  name: string;

  @Field(() => AgencyLevel)
  level: AgencyLevel;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã tỉnh/thành phố (bắt buộc với cơ quan địa phương).',
  })
  provinceCode?: string | null;
}

@InputType('UpdateAgencyInput')
export class UpdateAgencyInput {
  @Field({ nullable: true })
  code?: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => AgencyLevel, { nullable: true })
  level?: AgencyLevel;

  @Field(() => ID, { nullable: true, description: 'null để bỏ cơ quan cấp trên.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field({ nullable: true, description: 'true để hoạt động trở lại.' })
  active?: boolean;
}
