import { GraphQLScalarType, Kind, ValueNode } from 'graphql';

function literal(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      return undefined;
  }
}

/**
 * `JSON`: an arbitrary JSON value, used for intake-form data (its shape is the procedure's form, so
 * it cannot be a static GraphQL type). The dossier service validates it field by field.
 */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Giá trị JSON tùy ý (dữ liệu form thông tin tiếp nhận hồ sơ, theo khóa của từng trường).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literal(ast, variables),
});
