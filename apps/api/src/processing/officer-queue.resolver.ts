import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { AgencyDossiersArgs } from './dto/agency-dossiers.args';
import { AgencyDossierPage } from './models/agency-dossier-page.model';
import { OfficerQueueService } from './officer-queue.service';
import { agencyQueueComplexity } from './processing-limits';

@Resolver(() => AgencyDossierPage)
export class OfficerQueueResolver {
  constructor(private readonly queue: OfficerQueueService) {}

  @Roles(Role.OFFICER)
  @Query(() => AgencyDossierPage, {
    description:
      'Hàng đợi của cán bộ: hồ sơ đã gửi đến cơ quan của mình, gửi trước xếp trước, kèm số hồ sơ theo trạng thái.',
    complexity: agencyQueueComplexity,
  })
  agencyDossiers(
    @CurrentUser() user: AuthUser,
    @Args() args: AgencyDossiersArgs,
  ): Promise<AgencyDossierPage> {
    return this.queue.page(user, args);
  }
}
