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

@ObjectType('ProcedureStatistics', { description: 'Số liệu giải quyết hồ sơ của một thủ tục.' })
export class ProcedureStatisticsModel {
  @Field(() => ID, { description: 'Mã định danh của thủ tục.' })
  procedureId: string;
  @Field({ description: 'Mã thủ tục.' })
  procedureCode: string;
  @Field({ description: 'Tên thủ tục.' })
  procedureName: string;
  @Field(() => StatisticsFiguresModel, { description: 'Số liệu của thủ tục trong kỳ.' })
  figures: StatisticsFiguresModel;
}

@ObjectType('AgencyStatistics', { description: 'Số liệu giải quyết hồ sơ của một cơ quan.' })
export class AgencyStatisticsModel {
  @Field(() => ID, { description: 'Mã định danh của cơ quan.' })
  agencyId: string;
  @Field({ description: 'Tên cơ quan.' })
  agencyName: string;
  @Field(() => StatisticsFiguresModel, { description: 'Số liệu của cơ quan trong kỳ.' })
  figures: StatisticsFiguresModel;
  @Field(() => [ProcedureStatisticsModel], { description: 'Theo từng thủ tục (rỗng ở trang công khai).' })
  procedures: ProcedureStatisticsModel[];
}

@ObjectType('StatisticsReport', { description: 'Báo cáo số liệu giải quyết hồ sơ trong một kỳ.' })
export class StatisticsReportModel {
  @Field({ description: 'Đầu kỳ báo cáo.' })
  from: Date;
  @Field({ description: 'Cuối kỳ báo cáo.' })
  to: Date;
  @Field(() => StatisticsFiguresModel, { description: 'Tổng của các cơ quan trong báo cáo.' })
  totals: StatisticsFiguresModel;
  @Field(() => [AgencyStatisticsModel], { description: 'Số liệu theo từng cơ quan.' })
  agencies: AgencyStatisticsModel[];
}
