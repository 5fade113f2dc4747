import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/**
 * GraphQLWsLink over a graphql-ws client. Loaded on the first subscription (live-link.ts) through
 * this module, with named imports, so that only the client is bundled: a dynamic import of
 * 'graphql-ws' itself would keep its server half and most of graphql-js with it.
 */
export function createWsLink(url: string): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url,
      // The socket opens with the first subscription and closes a second after the last one ends,
      // so a logout then a login reconnects with the new session cookie (sent with the upgrade).
      lazy: true,
      lazyCloseTimeout: 1000,
      // Lost connections (API restart, network) are retried with graphql-ws's randomised back-off.
      retryAttempts: 30,
      shouldRetry: () => true,
    }),
  );
}
