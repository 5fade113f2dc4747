import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Response } from 'express';
import passport from 'passport';
import type { AppRequest } from '../../common/auth/auth-user';
import { DomainError } from '../../common/errors/domain-error';
import { FieldIssue, REQUIRED_ISSUE } from '@dvc/shared/domain';
import type { LoginInput } from '../dto/login.input';
import { AccountEntity } from '../entities/account.entity';
import { LocalStrategy } from './local.strategy';

export type LoginRequest = AppRequest & { loginAccount?: AccountEntity };

const REQUIRED = REQUIRED_ISSUE;

/**
 * Runs this API instance's passport-local strategy for the `login` mutation (no passport session:
 * our own session is opened by the resolver). Passport reads credentials from `req.body`, and a
 * GraphQL request's body is the operation, so the strategy gets a view of the request whose body is
 * the mutation's input. The checked account lands on `req.loginAccount`.
 */
@Injectable()
export class LocalAuthGuard implements CanActivate {
  constructor(private readonly strategy: LocalStrategy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const { req, res } = gql.getContext<{ req: LoginRequest; res: Response }>();
    const input = gql.getArgs<{ input: LoginInput }>().input;
    const fields: Record<string, FieldIssue> = {};
    if (!input.username?.trim()) fields['username'] = REQUIRED;
    if (!input.password) fields['password'] = REQUIRED;
    if (Object.keys(fields).length > 0) throw DomainError.validation(fields);

    const view = Object.create(req, {
      body: { value: { username: input.username, password: input.password } },
    }) as AppRequest;
    req.loginAccount = await new Promise<AccountEntity>((resolve, reject) => {
      const authenticate = passport.authenticate(
        this.strategy.key,
        { session: false },
        (err: unknown, user: AccountEntity | false) => {
          if (err) reject(err);
          else if (!user) reject(DomainError.validation({ username: REQUIRED, password: REQUIRED }));
          else resolve(user);
        },
      ) as (req: AppRequest, res: Response, next: (err?: unknown) => void) => void;
      authenticate(view, res, (err) => reject(err ?? new Error('passport did not answer')));
    });
    return true;
  }
}
