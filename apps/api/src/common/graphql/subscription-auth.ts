import type { IncomingMessage } from 'node:http';
import type { AuthUser } from '../auth/auth-user';

/**
 * Who opens a GraphQL subscription socket. common/ cannot read sessions (that is the account
 * feature's job), so the account feature provides this and the boot layer hands it to the options.
 */
export abstract class SubscriptionAuthenticator {
  /**
   * The user behind the upgrade request's session cookie, or null. Called on connect and then
   * periodically, so a socket does not outlive its session; it must not extend the session's idle time.
   */
  abstract authenticate(request: IncomingMessage): Promise<AuthUser | null>;
}
