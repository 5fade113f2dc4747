import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StatisticsFigures', {
  description: 'Số liệu của các hồ sơ gửi (lần đầu) trong kỳ; không chứa dữ liệu cá nhân.',
})
export class StatisticsFiguresModel {
  @Field(() => Int, { description: 'Số hồ sơ đã tiếp nhận (gửi trong kỳ).' })
  received: number;
  @Field(() => Int, { description: 'Đang giải quyết: đã gửi, đã tiếp nhận, đang xử lý hoặc chờ bổ sung.' })
  inProgress: number;
  @Field(() => Int, { description: 'Đã giải quyết đúng hạn.' })
  completedOnTime: number;
  @Field(() => Int, { description: 'Đã giải quyết quá hạn.' })
  completedLate: number;
  @Field(() => Int, { description: 'Từ chối.' })
  rejected: number;
  @Field(() => Int, { description: 'Số lần yêu cầu bổ sung.' })
  supplementRequests: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Thời gian giải quyết trung bình (ngày làm việc, không tính thời gian chờ bổ sung).',
  })
  averageProcessingDays: number | null;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ đúng hạn (0..1) trên số hồ sơ đã giải quyết.' })
  onTimeRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm đánh giá trung bình (1..5).' })
  averageRating: number | null;
  @Field(() => Int, { description: 'Số lượt đánh giá.' })
  ratingCount: number;
}

@ObjectType('ProcedureStatistics')
export class ProcedureStatisticsModel {
  @Field(() => ID)
  procedureId: string;
  @Field()
  procedureCode: string;
  @Field()
  procedureName: string;
  @Field(() => StatisticsFiguresModel)
  figures: StatisticsFiguresModel;
}

@ObjectType('AgencyStatistics')
export class AgencyStatisticsModel {
  @Field(() => ID)
  agencyId: string;
  @Field()
  agencyName: string;
  @Field(() => StatisticsFiguresModel)
  figures: StatisticsFiguresModel;
  @Field(() => [ProcedureStatisticsModel], { description: 'Theo từng thủ tục (rỗng ở trang công khai).' })
  procedures: ProcedureStatisticsModel[];
}

@ObjectType('StatisticsReport')
export class StatisticsReportModel {
  @Field()
  from: Date;
  @Field()
  to: Date;
  @Field(() => StatisticsFiguresModel, { description: 'Tổng của các cơ quan trong báo cáo.' })
  totals: StatisticsFiguresModel;
  @Field(() => [AgencyStatisticsModel])
  agencies: AgencyStatisticsModel[];
}
