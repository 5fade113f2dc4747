import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { randomUUID } from 'node:crypto';
import passport from 'passport';
import { Strategy } from 'passport-local';
import type { AppRequest } from '../../common/auth/auth-user';
import { AuthService } from '../auth.service';
import { AccountEntity } from '../entities/account.entity';
import { requestIp } from '../../common/http/client-ip';

/**
 * passport-local: `username` (or the e-mail) and `password`, checked by AuthService.
 * Passport keeps strategies in one process-wide registry, so besides the usual 'local' name each
 * instance registers under its own key; LocalAuthGuard uses that key, and two API instances in one
 * process (integration tests) never run each other's strategy.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') implements OnModuleDestroy {
  readonly key = `local-${randomUUID()}`;

  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
    passport.use(this.key, this);
  }

  validate(req: AppRequest, username: string, password: string): Promise<AccountEntity> {
    return this.auth.authenticate(username, password, requestIp(req));
  }

  onModuleDestroy(): void {
    passport.unuse(this.key);
  }
}
