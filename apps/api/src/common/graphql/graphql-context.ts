import type { Response } from 'express';
import type { AppRequest } from '../auth/auth-user';
import type { SocketExtra } from './graphql-subscriptions';
import { RequestLoaders } from './request-loaders';

export interface GraphQLContext {
  req: AppRequest;
  /** Absent for subscriptions (a WebSocket has no HTTP response to write cookies to). */
  res: Response;
  loaders: RequestLoaders;
}

/**
 * The context of an HTTP operation ({ req, res } from Apollo's Express integration) or of a
 * subscription (graphql-ws passes its connection context, whose `extra` holds the upgrade request
 * and the user found on connect): guards and @CurrentUser read `req.user` either way.
 */
export function createContext(
  source: { req: AppRequest; res: Response } | { extra: SocketExtra },
): GraphQLContext {
  if ('extra' in source) {
    const req = { headers: source.extra.request.headers, user: source.extra.user } as AppRequest;
    return { req, res: undefined as unknown as Response, loaders: new RequestLoaders() };
  }
  return { req: source.req, res: source.res, loaders: new RequestLoaders() };
}
