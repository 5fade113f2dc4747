import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';

/**
 * Validation rule used when GRAPHQL_PLAYGROUND is off (the default in production): refuses the
 * introspection fields `__schema` and `__type` with a typed error. `__typename` stays allowed, as
 * every GraphQL client (Apollo's cache included) asks for it. Integrators still get the schema as
 * SDL from GET /graphql/schema.graphql and in the repository (apps/api/schema.gql).
 */
export function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      context.reportError(
        new GraphQLError(ERROR_MESSAGES.INTROSPECTION_DISABLED.vi, {
          nodes: [node],
          extensions: { code: ErrorCode.INTROSPECTION_DISABLED },
        }),
      );
    },
  };
}
