import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { GraphQLObjectType } from 'graphql';
import { IS_PUBLIC, ROLES } from '../src/common/auth/auth.decorators';
import { TOKEN_SCOPES } from '../src/common/auth/token-scopes';
import { createAccount, loginAs } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

// From @nestjs/graphql's decorators (graphql.constants): set on every @Query/@Mutation method.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

type Handler = (...args: unknown[]) => unknown;
interface Operation {
  kind: string;
  name: string;
  handler: Handler;
  target: object;
}

/**
 * Who may call what, read from the running app: every Query, Mutation and Subscription of the schema (and every
 * REST route) with the rule the global AccessGuard applies, from the same @Public()/@Roles()
 * metadata. The snapshot is committed, so any change in access — a new operation included — shows
 * up as a reviewed diff (`jest -u` after checking it).
 */
describe('access rules of every operation', () => {
  let t: TestApp;
  let operations: Operation[];
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    operations = discover(t);
  });
  afterAll(() => t?.close());

  const ruleOf = (op: Operation): string => {
    const reflector = t.app.get(Reflector);
    const targets = [op.handler, op.target as Handler];
    // The second column: what an API token needs (scopes), "token: no" when no token may call it.
    const scopes = TOKEN_SCOPES[`${op.kind} ${op.name}`];
    const token = scopes?.length ? `token: ${[...scopes].sort().join(' or ')}` : 'token: no';
    if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return `public | ${token}`;
    const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    return `${roles?.length ? `roles: ${[...roles].sort().join(', ')}` : 'session'} | ${token}`;
  };

  it('finds a resolver for every Query, Mutation and Subscription field of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots = {
      Query: schema.getQueryType(),
      Mutation: schema.getMutationType(),
      Subscription: schema.getSubscriptionType(),
    };
    for (const kind of ['Query', 'Mutation', 'Subscription'] as const) {
      const type = roots[kind];
      const fields = Object.keys((type as GraphQLObjectType | null | undefined)?.getFields() ?? {});
      const found = operations.filter((o) => o.kind === kind).map((o) => o.name);
      expect([...fields].sort()).toEqual([...new Set(found)].sort());
    }
  });

  it('every operation of the token scope map exists (a renamed operation would silently close to tokens)', () => {
    const known = new Set(operations.map((op) => `${op.kind} ${op.name}`));
    expect(Object.keys(TOKEN_SCOPES).filter((key) => !known.has(key))).toEqual([]);
  });

  it('matches the reviewed snapshot', () => {
    const rules: Record<string, string> = {};
    for (const op of operations) rules[`${op.kind} ${op.name}`] = ruleOf(op);
    const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted).toMatchSnapshot();
  });

  it('the guard enforces the rules: a session-only operation is refused anonymously, a public one is not', async () => {
    const anonymous = t.client();
    expect((await anonymous.gql('{ me { id } }')).errors).toBeUndefined();
    const refused = await anonymous.gql('mutation { updateProfile(input: { fullName: "Ai Đó" }) { id } }');
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const citizen = await loginAs(t, await createAccount(t));
    expect(
      (await citizen.gql('mutation { updateProfile(input: { fullName: "Ai Đó" }) { id } }')).errors,
    ).toBeUndefined();
  });
});

/** Resolver methods (through Nest's module container) and REST routes of the running app. */
function discover(t: TestApp): Operation[] {
  const scanner = new MetadataScanner();
  const found: Operation[] = [];
  const seen = new Set<Handler>();
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, Handler>;
      const controllerPath = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string | undefined;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        if (seen.has(handler)) continue;
        const gqlKind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (gqlKind === 'Query' || gqlKind === 'Mutation' || gqlKind === 'Subscription') {
          const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
          found.push({ kind: gqlKind, name, handler, target: wrapper.metatype });
          seen.add(handler);
        }
        const routePath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (controllerPath !== undefined && routePath !== undefined && verb !== undefined) {
          const path = `/${[controllerPath, routePath]
            .map((p) => p.replace(/^\/|\/$/g, ''))
            .filter(Boolean)
            .join('/')}`;
          found.push({ kind: `REST ${RequestMethod[verb]}`, name: path, handler, target: wrapper.metatype });
          seen.add(handler);
        }
      }
    }
  }
  return found;
}
