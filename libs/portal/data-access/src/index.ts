// GraphQL documents (src/lib/<feature>/*.graphql) compiled to typed DocumentNodes for apollo-angular.
export * from './generated/graphql';
