import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/auth.decorators';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { SENSITIVE_OPERATION_COMPLEXITY } from '../common/graphql/query-limits';
import { DossierQueryService } from './dossier-query.service';
import { DossierLookupModel } from './models/dossier-lookup.model';
import { requestIp } from '../common/http/client-ip';

@Resolver(() => DossierLookupModel)
export class DossierLookupResolver {
  constructor(private readonly queries: DossierQueryService) {}

  @Public()
  @Query(() => DossierLookupModel, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Tra cứu hồ sơ bằng mã hồ sơ và số CCCD của người nộp: trạng thái và quá trình xử lý.',
  })
  lookupDossier(
    @Args('code', { description: 'Mã.' }) code: string,
    @Args('citizenId', { description: 'Số CCCD của người nộp hồ sơ.' }) citizenId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<DossierLookupModel> {
    return this.queries.lookup(code, citizenId, requestIp(ctx.req));
  }
}
