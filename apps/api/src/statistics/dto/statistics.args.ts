import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class PublicStatisticsArgs {
  @Field({ description: 'Từ thời điểm (gồm), theo ngày gửi hồ sơ.' })
  from: Date;

  @Field({ description: 'Đến thời điểm (không gồm).' })
  to: Date;
}

@ArgsType()
export class AgencyStatisticsArgs extends PublicStatisticsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Một cơ quan; bỏ trống: mọi cơ quan (quản trị) hoặc cơ quan của mình (cán bộ).',
  })
  agencyId?: string | null;
}
