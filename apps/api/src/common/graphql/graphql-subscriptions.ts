import { ErrorCode } from '@dvc/shared/domain';
import { Logger } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { DocumentNode, GraphQLError, GraphQLSchema, specifiedRules, validate } from 'graphql';
import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { AuthUser } from '../auth/auth-user';
import { depthLimit, documentShapeProblem, MAX_QUERY_DEPTH } from './query-limits';
import { SubscriptionAuthenticator } from './subscription-auth';

/** What graphql-ws keeps per socket: the upgrade request, the socket, and who we found behind it. */
export interface SocketExtra {
  request: IncomingMessage;
  socket: WebSocket;
  user?: AuthUser;
  recheck?: NodeJS.Timeout;
}

const UNAUTHORIZED = 4401;
/** A page needs one or two; each one costs a pub/sub listener for as long as the socket lives. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

/**
 * graphql-ws on the API's own HTTP server, path /graphql (Nest attaches it to the upgrade event).
 * A socket is accepted only from the portal's origin (or a client that sends none, like a script)
 * and with a live session cookie; it is closed when that session ends. Documents get the same
 * shape and depth limits as over HTTP.
 */
export function graphqlWsOptions(
  auth: SubscriptionAuthenticator,
  publicUrl: string,
  /** How often an open socket's session is checked again (logout, expiry, password change end it). */
  recheckMs: number,
): GraphQLWsSubscriptionsConfig & Record<string, unknown> {
  const logger = new Logger('GraphQLSubscriptions');
  const allowedOrigin = new URL(publicUrl).origin;
  return {
    path: '/graphql',
    onConnect: async (ctx: Context) => {
      const extra = ctx.extra as SocketExtra;
      const { request, socket } = extra;
      if (!originAllowed(request, allowedOrigin)) return false;
      const user = await auth.authenticate(request);
      if (!user) return false; // graphql-ws closes with 4403 Forbidden
      extra.user = user;
      extra.recheck = setInterval(() => {
        auth
          .authenticate(request)
          .then((still) => {
            if (!still || still.id !== user.id) socket.close(UNAUTHORIZED, 'Unauthorized');
          })
          .catch((error: unknown) => logger.warn(`Session re-check failed: ${String(error)}`));
      }, recheckMs);
      extra.recheck.unref();
      return true;
    },
    onClose: (ctx: Context) => {
      const { recheck } = ctx.extra as SocketExtra;
      if (recheck) clearInterval(recheck);
    },
    onSubscribe: (ctx: Context) => {
      // The map already holds the new operation's id.
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
        return [
          new GraphQLError(`Tối đa ${MAX_SUBSCRIPTIONS_PER_SOCKET} đăng ký trên một kết nối.`, {
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
          }),
        ];
      }
      return undefined;
    },
    validate: (schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] => {
      const problem = documentShapeProblem(document);
      if (problem) return [new GraphQLError(problem)];
      return validate(schema, document, [...specifiedRules, depthLimit(MAX_QUERY_DEPTH)]);
    },
  };
}

/** Browsers always send Origin on a WebSocket handshake: refuse other sites (cross-site hijacking). */
function originAllowed(request: IncomingMessage, allowedOrigin: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (origin === allowedOrigin) return true;
  // The same host the request came in on (e.g. the dev server proxy, or a deployment without PUBLIC_URL).
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
