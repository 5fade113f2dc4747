import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { createAccount, loginAs } from './support/accounts';
import type { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(180_000);

/** Small deterministic PRNG (mulberry32): a failing document can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  '<svg/onload=alert(1)>',
  "' OR 1=1 --",
  '\u0000',
  '\u202Eexe.pdf',
  'e\u0323\u0302\u0301\u0300\u0303',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '../../etc/passwd',
  '😀'.repeat(50),
  '1e309',
  '2026-02-30',
];
const NASTY_NUMBERS = [0, -1, 1, 2 ** 31, -(2 ** 31) - 1, 1e9, 0.5, Number.MAX_SAFE_INTEGER];

/**
 * Random but schema-shaped operations (and garbage ones) sent to the API: whatever the input, the
 * answer is never a server error. Every 5xx counts as a failure; so does INTERNAL_ERROR in a 200.
 */
class Fuzzer {
  private readonly rnd: () => number;
  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rnd = prng(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)];
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }

  /** A value for an input type: usually well-typed, sometimes nasty, sometimes of the wrong type. */
  value(type: GraphQLInputType, depth = 0): unknown {
    if (this.chance(0.05)) return this.pick([null, 42, 'x', true, [], {}]);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (this.chance(0.1)) return null;
    if (isListType(type)) {
      const length = this.pick([0, 1, 2, 3]);
      return Array.from({ length }, () => this.value(type.ofType, depth + 1));
    }
    if (isEnumType(type)) return this.pick(type.getValues()).value;
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const fields = Object.values(type.getFields());
      return Object.fromEntries(
        fields
          .filter((f) => isNonNullType(f.type) || this.chance(0.6))
          .map((f) => [f.name, this.value(f.type, depth + 1)]),
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
        case 'Float':
          return this.pick(NASTY_NUMBERS);
        case 'Boolean':
          return this.chance(0.5);
        case 'Upload':
          return null;
        default:
          return this.pick(NASTY_STRINGS);
      }
    }
    return null;
  }

  private selection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const chosen = fields.filter(() => this.chance(0.4));
    if (chosen.length === 0) chosen.push(this.pick(fields));
    return chosen
      .map((f) => this.field(f, depth))
      .filter((s): s is string => !!s)
      .join(' ');
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string | null {
    const named = getNamedType(field.type);
    const args = this.args(field.args);
    if (isLeafType(named)) return `${field.name}${args}`;
    if (depth >= 4) return null;
    if (isObjectType(named)) return `${field.name}${args} { __typename ${this.selection(named, depth + 1)} }`;
    if (isUnionType(named) || isInterfaceType(named)) return `${field.name}${args} { __typename }`;
    return null;
  }

  private args(args: readonly GraphQLArgument[]): string {
    const given = args.filter((a) => isNonNullType(a.type) || this.chance(0.5));
    if (given.length === 0) return '';
    return `(${given.map((a) => `${a.name}: ${toLiteral(this.value(a.type))}`).join(', ')})`;
  }

  /** One operation on a random root field of Query or Mutation. */
  operation(): string {
    const mutation = this.chance(0.4);
    const root = (mutation ? this.schema.getMutationType() : this.schema.getQueryType())!;
    const field = this.pick(Object.values(root.getFields()));
    const body = this.field(field, 0) ?? field.name;
    return `${mutation ? 'mutation' : 'query'} { ${body} }`;
  }

  /** One field under many aliases: multiplies the cost, so some of these pass the cost limit. */
  expensive(): string {
    const root = this.schema.getQueryType()!;
    const lists = Object.values(root.getFields()).filter((f) => f.args.some((a) => a.name === 'pageSize'));
    const field = this.pick(lists);
    const body = this.field(field, 0) ?? field.name;
    const withPage = body.replace(/pageSize: [^,)]*/, 'pageSize: 100');
    return `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${withPage}`).join(' ')} }`;
  }

  /** A valid operation, damaged: truncated, a byte changed, or random noise. */
  garbage(): string {
    const text = this.operation();
    switch (this.pick(['truncate', 'flip', 'noise', 'nest'])) {
      case 'truncate':
        return text.slice(0, Math.floor(this.rnd() * text.length));
      case 'flip': {
        const at = Math.floor(this.rnd() * text.length);
        return (
          text.slice(0, at) + this.pick(['{', '}', '(', '$', '"', '\\', '@', '\u0000']) + text.slice(at + 1)
        );
      }
      case 'nest':
        return `{ ${'system { '.repeat(40)}name${' }'.repeat(40)} }`;
      default:
        return Array.from({ length: 60 }, () => String.fromCharCode(32 + Math.floor(this.rnd() * 95))).join(
          '',
        );
    }
  }
}

function toLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${toLiteral(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return String(value);
}

interface Failure {
  seed: number;
  status: number;
  code: unknown;
  document: string;
}

/** Answers QUERY_TOO_COMPLEX seen: the cost limit was really reached by the fuzzer. */
let tooComplex = 0;

async function fuzz(client: GqlClient, fuzzer: Fuzzer, seed: number, rounds: number): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (let i = 0; i < rounds; i++) {
    const document = i % 5 === 4 ? fuzzer.garbage() : i % 5 === 3 ? fuzzer.expensive() : fuzzer.operation();
    const res = await client.gql(document);
    if (res.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) tooComplex++;
    const code = res.errors?.find((e) => e.extensions?.code === 'INTERNAL_ERROR')?.extensions?.code;
    if (res.status >= 500 || code)
      failures.push({ seed, status: res.status, code, document: document.slice(0, 300) });
  }
  return failures;
}

describe('security: fuzzing the GraphQL API', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // Rate limits on: refusals (TOO_MANY_ATTEMPTS) are fine answers, a 5xx never is.
    t = await createTestApp({ SEED_ON_START: 'true' });
    schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
  });
  afterAll(() => t?.close());

  it('answers no 5xx to random operations, anonymous or signed in', async () => {
    const citizen = await loginAs(t, await createAccount(t));
    const failures = [
      ...(await fuzz(t.client(), new Fuzzer(schema, 1), 1, 250)),
      ...(await fuzz(citizen, new Fuzzer(schema, 2), 2, 250)),
    ];
    expect(failures).toEqual([]);
    expect(tooComplex).toBeGreaterThan(0);
  });
});
