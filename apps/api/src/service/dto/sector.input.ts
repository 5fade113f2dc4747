import { Field, InputType } from '@nestjs/graphql';

@InputType('CreateSectorInput')
export class CreateSectorInput {
  @Field({ description: 'Mã lĩnh vực (chữ in hoa, số, dấu gạch), ví dụ "HO-TICH".' })
  code: string;

  @Field()
  name: string;
}

@InputType('UpdateSectorInput')
export class UpdateSectorInput {
  @Field({ nullable: true })
  code?: string;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: 'true để hoạt động trở lại.' })
  active?: boolean;
}
