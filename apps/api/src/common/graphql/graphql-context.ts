import type { Response } from 'express';
import type { AppRequest } from '../auth/auth-user';
import { RequestLoaders } from './request-loaders';

export interface GraphQLContext {
  req: AppRequest;
  res: Response;
  loaders: RequestLoaders;
}

export function createContext({ req, res }: { req: AppRequest; res: Response }): GraphQLContext {
  return { req, res, loaders: new RequestLoaders() };
}
