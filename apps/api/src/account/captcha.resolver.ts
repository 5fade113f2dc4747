import { Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/auth.decorators';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { SENSITIVE_OPERATION_COMPLEXITY } from '../common/graphql/query-limits';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { ACCOUNT_LIMITS } from './account-rate-limits';
import { CaptchaService } from './captcha.service';
import { CaptchaModel } from './models/captcha.model';
import { requestIp } from '../common/http/client-ip';

@Resolver(() => CaptchaModel)
export class CaptchaResolver {
  constructor(
    private readonly captchas: CaptchaService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Public()
  @Query(() => CaptchaModel, {
    description: 'Một mã xác nhận mới (dùng một lần, hiệu lực 5 phút).',
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
  })
  async captcha(@Context() ctx: GraphQLContext): Promise<CaptchaModel> {
    await this.rateLimits.consume(ACCOUNT_LIMITS.captchaPerIp, requestIp(ctx.req));
    return this.captchas.create();
  }
}
