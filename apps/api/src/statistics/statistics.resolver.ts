import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import type { AppRequest, AuthUser } from '../common/auth/auth-user';
import { requestIp } from '../common/http/client-ip';
import { AgencyStatisticsArgs, PublicStatisticsArgs } from './dto/statistics.args';
import { StatisticsReportModel } from './models/statistics.model';
import { StatisticsService } from './statistics.service';

@Resolver(() => StatisticsReportModel)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Roles(Role.ADMIN, Role.OFFICER)
  @Query(() => StatisticsReportModel, {
    description:
      'Thống kê theo cơ quan và thủ tục (hồ sơ gửi trong kỳ): quản trị xem mọi cơ quan, cán bộ xem cơ quan của mình.',
  })
  agencyStatistics(
    @CurrentUser() user: AuthUser,
    @Args() args: AgencyStatisticsArgs,
  ): Promise<StatisticsReportModel> {
    return this.statistics.forAgency(user, args);
  }

  @Public()
  @Query(() => StatisticsReportModel, {
    description: 'Thống kê công khai theo cơ quan (không theo thủ tục, không có dữ liệu cá nhân).',
  })
  publicStatistics(
    @Args() args: PublicStatisticsArgs,
    @Context() ctx: { req: AppRequest },
  ): Promise<StatisticsReportModel> {
    return this.statistics.forPublic(args, requestIp(ctx.req));
  }
}
