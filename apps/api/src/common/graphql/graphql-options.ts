import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { formatGraphQLError } from '../errors/format-error';
import { createContext } from './graphql-context';
import { graphqlWsOptions } from './graphql-subscriptions';
import { noIntrospection } from './introspection';
import { noStorePlugin } from './no-store.plugin';
import { complexityLimit, depthLimit, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './query-limits';
import { SubscriptionAuthenticator } from './subscription-auth';

export interface GraphQLOptionsDeps {
  /** Resolves the session cookie of a WebSocket upgrade (from the account feature). */
  subscriptionAuth: SubscriptionAuthenticator;
  publicUrl: string;
  /** How often an open socket's session is checked again. */
  sessionCheckMs: number;
  /** `__schema` / `__type` allowed (GRAPHQL_PLAYGROUND; off by default in production). */
  introspection: boolean;
}

/**
 * Code-first GraphQL on Apollo Server. The schema is built in memory and compared with the committed
 * apps/api/schema.gql by the schema integration test. The playground is our own offline GraphiQL
 * (see app.setup.ts), so Apollo's CDN landing page is disabled. Subscriptions use graphql-ws on the
 * same HTTP server and path.
 */
export function graphqlOptions(deps: GraphQLOptionsDeps): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    // Always on for Apollo: with GRAPHQL_PLAYGROUND off, noIntrospection refuses __schema/__type with
    // a typed, Vietnamese error (Apollo's own switch answers in English).
    introspection: true,
    // Apollo's defaults plus Authorization: the token middleware has refused any Authorization header
    // that is not a valid API token before Apollo runs, and no browser sends a bearer token by itself.
    csrfPrevention: {
      requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'],
    },
    includeStacktraceInErrorResponses: false,
    context: createContext,
    formatError: formatGraphQLError,
    validationRules: [depthLimit(MAX_QUERY_DEPTH), ...(deps.introspection ? [] : [noIntrospection])],
    // No cache-control plugin: it wraps every field to collect hints we never give (no-store.plugin.ts).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      complexityLimit(MAX_QUERY_COMPLEXITY),
    ],
    subscriptions: {
      'graphql-ws': graphqlWsOptions(deps.subscriptionAuth, deps.publicUrl, deps.sessionCheckMs),
    },
  };
}
