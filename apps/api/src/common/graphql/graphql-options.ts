import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { formatGraphQLError } from '../errors/format-error';
import { createContext } from './graphql-context';
import { complexityLimit, depthLimit, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './query-limits';

/**
 * Code-first GraphQL on Apollo Server. The schema is built in memory and compared with the committed
 * apps/api/schema.gql by the schema integration test. The playground is our own offline GraphiQL
 * (see app.setup.ts), so Apollo's CDN landing page is disabled.
 */
export function graphqlOptions(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: createContext,
    formatError: formatGraphQLError,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    plugins: [ApolloServerPluginLandingPageDisabled(), complexityLimit(MAX_QUERY_COMPLEXITY)],
  };
}
