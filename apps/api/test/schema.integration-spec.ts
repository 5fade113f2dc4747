import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

/** The committed schema is the public contract; this fails when the code and apps/api/schema.gql differ. */
describe('GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
  });
  afterAll(() => t?.close());

  it('matches apps/api/schema.gql (run `npm run schema:generate` after changing the API)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const printed = `# Generated from the code by \`npm run schema:generate\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
