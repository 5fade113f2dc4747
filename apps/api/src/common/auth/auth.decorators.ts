import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@dvc/shared/domain';
import { requestFrom } from './request-from-context';

export const IS_PUBLIC = 'auth:isPublic';
export const ROLES = 'auth:roles';

/** Open to anyone, logged in or not. Everything else needs a session (deny by default). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Narrows an operation to the given roles (implies a session). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The logged-in account (undefined on @Public operations called anonymously). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => requestFrom(ctx).user);
