import {
  buildSchema,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The schema's descriptions are the API's reference (the playground and the developer page point to
 * them): every type, field and argument has one. It reads apps/api/schema.gql, which the schema suite
 * keeps identical to the code.
 */
export function undescribed(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const missing: string[] = [];
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
  );
  for (const type of types) {
    // The root types hold the operations; code-first GraphQL gives them no description of their own.
    if (!type.description?.trim() && !roots.has(type as never)) missing.push(type.name);
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    const fields = Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[];
    for (const field of fields) {
      if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) {
        if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return missing.sort();
}

describe('GraphQL schema descriptions', () => {
  it('describes every type, field and argument', () => {
    const sdl = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(undescribed(sdl)).toEqual([]);
  });

  it('notices a missing description', () => {
    expect(undescribed('"""Q"""\ntype Query { """f""" a(x: Int): Int  b: Int }')).toEqual([
      'Query.a(x)',
      'Query.b',
    ]);
  });
});
