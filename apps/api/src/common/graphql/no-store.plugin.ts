import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every GraphQL answer, as Apollo's cache-control plugin would send
 * for a schema without cache hints. That plugin is disabled (graphql-options.ts) because it wraps
 * every field's resolver to collect hints this API never gives: a page of 20 services with their
 * relations resolves hundreds of fields, each paying for the wrapper.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
