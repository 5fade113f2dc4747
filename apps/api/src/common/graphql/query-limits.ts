import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@dvc/shared/domain';
import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  getVariableValues,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  visit,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError } from '../errors/domain-error';

export const MAX_QUERY_DEPTH = 10;
/**
 * Introspection (`__schema`, `__type`) gets its own, higher limit: the standard introspection query
 * that GraphiQL and codegen tools send is 15 levels deep (its TypeRef fragment nests `ofType`).
 */
export const MAX_INTROSPECTION_DEPTH = 15;
export const MAX_QUERY_COMPLEXITY = 5000;
/** Selections the cost estimator walks (fragments expanded) before it gives up: the operation is refused. */
export const MAX_QUERY_NODES = 10_000;

/**
 * Cost of an operation that is rate limited or checks a secret (login, captcha, register, password
 * and token mutations, the public dossier lookup). Aliases would otherwise let one request run it
 * thousands of times: every run counts against the rate limits, but each still costs database
 * writes (and an argon2 hash for login). At this cost a document holds at most a handful of them.
 */
export const SENSITIVE_OPERATION_COMPLEXITY = MAX_QUERY_COMPLEXITY / 10;

/**
 * Validation rule: refuses operations nested deeper than `max` fields (`introspectionMax` under
 * `__schema` / `__type`).
 * Each fragment's depth is computed once and remembered: walking every path through the fragments
 * instead would let a few hundred bytes of fragments that spread each other twice take exponential
 * time, blocking the server.
 */
export function depthLimit(max: number, introspectionMax = MAX_INTROSPECTION_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const fragmentDepths = new Map<string, number>();
    const inProgress = new Set<string>();
    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      // A cycle (refused by GraphQL's own rules) adds nothing here.
      if (inProgress.has(name)) return 0;
      inProgress.add(name);
      const depth = depthOf(fragments.get(name)?.selectionSet);
      inProgress.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };
    const depthOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet) : 1);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(sel.name.value));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        // Each root field is measured against its own limit (introspection gets a higher one).
        for (const root of node.selectionSet.selections) {
          const isIntrospection = root.kind === Kind.FIELD && root.name.value.startsWith('__');
          const limit = isIntrospection ? Math.max(max, introspectionMax) : max;
          const depth = depthOf({ kind: Kind.SELECTION_SET, selections: [root] });
          if (depth <= limit) continue;
          context.reportError(
            new GraphQLError(`Truy vấn lồng quá sâu (${depth} > ${limit} cấp).`, {
              nodes: [node],
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, depth, maxDepth: limit },
            }),
          );
          return;
        }
      },
    };
  };
}

/** Named fragments a document may define (graphql-js compares fragments pairwise). */
export const MAX_FRAGMENTS = 100;
/** Times one selection set may repeat a response name (inline fragments flattened), leaf fields only. */
export const MAX_REPEATED_FIELD = 5;

/**
 * Why a document is refused before validation, or null. GraphQL's own validation compares every
 * two fields of a selection set that share a response name ("overlapping fields can be merged"),
 * and each such pair again compares their sub-selections: a 5 KB document repeating one field a
 * thousand times kept the server busy for seconds, and repeated nested fields for much longer.
 * Nothing useful needs that, so a document may repeat a leaf field a few times, never a field with
 * a sub-selection, and define a bounded number of fragments (compared pairwise, once each).
 */
export function documentShapeProblem(document: DocumentNode): string | null {
  let fragments = 0;
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments++;
  if (fragments > MAX_FRAGMENTS) return `Tài liệu có quá nhiều fragment (${fragments} > ${MAX_FRAGMENTS}).`;
  let problem: string | null = null;
  const check = (set: SelectionSetNode): void => {
    const seen = new Map<string, { count: number; branch: boolean }>();
    const collect = (selections: SelectionSetNode): void => {
      for (const sel of selections.selections) {
        if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet);
        if (sel.kind !== Kind.FIELD) continue;
        const name = sel.alias?.value ?? sel.name.value;
        const entry = seen.get(name) ?? { count: 0, branch: false };
        entry.count++;
        entry.branch ||= !!sel.selectionSet;
        seen.set(name, entry);
        if (entry.count > (entry.branch ? 1 : MAX_REPEATED_FIELD)) {
          problem ??= `Trường "${name}" bị lặp lại quá nhiều lần trong cùng một lựa chọn.`;
        }
      }
    };
    collect(set);
  };
  visit(document, {
    SelectionSet(node) {
      if (!problem) check(node);
    },
  });
  return problem;
}

/**
 * Apollo plugin: estimates the cost of each operation before executing it. List fields declare a
 * `complexity` in their @Field/@Query options (e.g. child cost × pageSize); other fields cost 1.
 * Only invalid variables are left to execution (which answers BAD_USER_INPUT): any other failure to
 * estimate, such as a document past the estimator's node limit, refuses the operation, or it would
 * run with no limit at all.
 */
export function complexityLimit(max: number): ApolloServerPlugin {
  // Apollo keeps one parsed DocumentNode per query text, so the cost of an operation with the same
  // variables is known after its first request (a page size changes the cost, so variables count).
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, operation }) {
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}\n${JSON.stringify(variables)}`;
          const costs = known.get(document) ?? new Map<string, number>();
          const cached = costs.get(key);
          if (cached !== undefined) {
            if (cached > max) throw tooComplex({ complexity: cached, maxComplexity: max });
            return;
          }
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors?.length)
            return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              maxQueryNodes: MAX_QUERY_NODES,
            });
          } catch {
            throw tooComplex({ maxComplexity: max });
          }
          if (key.length <= 2000) {
            if (costs.size >= 200) costs.clear();
            costs.set(key, complexity);
            known.set(document, costs);
          }
          if (complexity > max) throw tooComplex({ complexity, maxComplexity: max });
        },
      };
    },
  };
}

/**
 * QUERY_TOO_COMPLEX as HTTP 400, like the depth limit (a validation error): Apollo answers 500 for
 * anything thrown from a plugin hook unless the error names its own status in `extensions.http`
 * (which Apollo removes before the formatter sees it). The DomainError inside gives the message.
 */
function tooComplex(details: Record<string, unknown>): GraphQLError {
  const cause = new DomainError(ErrorCode.QUERY_TOO_COMPLEX, undefined, details);
  return new GraphQLError(cause.message, {
    originalError: cause,
    extensions: { code: cause.code, ...details, http: { status: 400 } },
  });
}
