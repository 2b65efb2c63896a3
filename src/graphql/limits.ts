import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Abuse limits checked before any resolver runs: depth, aliases and repeated sensitive fields
 * (validation rules), and an estimated cost per operation (a plugin, since it needs variables).
 */

/** Operations that check a secret: one of each per request, so aliases cannot try many passwords. */
export const SENSITIVE_FIELDS = new Set([
  'login',
  'register',
  'refreshSession',
  'changePassword',
  'resetPassword',
  'requestPasswordReset',
  'deleteMyAccount',
  'verifyEmail',
]);

/**
 * Refuses an operation whose fields nest deeper than `maxDepth` (root fields are depth 0;
 * introspection fields do not count), following fragment spreads. graphql-depth-limit did the same
 * but recursed through a fragment cycle (`A { ...B }`, `B { ...A }`) until the stack overflowed,
 * because validation rules run side by side and NoFragmentCyclesRule's refusal came too late: here
 * a fragment already on the path is not followed again (that rule reports the cycle), and each
 * fragment's depth is measured once, so a document of fragments spread many times stays linear.
 */
export function depthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const measured = new Map<string, number>();
    const onPath = new Set<string>();

    /** How many levels of fields lie below this selection set (0: leaves only). */
    const depthBelow = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__') || !selection.selectionSet) continue;
          deepest = Math.max(deepest, 1 + depthBelow(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthBelow(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };
    const fragmentDepth = (name: string): number => {
      const known = measured.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      // Unknown fragments and cycles are other rules' refusals; they add no depth here.
      if (!fragment || onPath.has(name)) return 0;
      onPath.add(name);
      const depth = depthBelow(fragment.selectionSet);
      onPath.delete(name);
      measured.set(name, depth);
      return depth;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthBelow(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`'${operation.name?.value ?? ''}' exceeds maximum operation depth of ${maxDepth}`, {
              nodes: [operation],
              extensions: { reason: 'QUERY_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };
}

export function aliasRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    const sensitiveSeen = new Map<string, number>();
    return {
      Field(node) {
        if (node.alias) {
          aliases += 1;
          if (aliases === maxAliases + 1) {
            context.reportError(
              new GraphQLError(`Too many aliases (at most ${maxAliases} per request)`, {
                nodes: [node],
                extensions: { reason: 'TOO_MANY_ALIASES' },
              }),
            );
          }
        }
        if (SENSITIVE_FIELDS.has(node.name.value)) {
          const seen = (sensitiveSeen.get(node.name.value) ?? 0) + 1;
          sensitiveSeen.set(node.name.value, seen);
          if (seen === 2) {
            context.reportError(
              new GraphQLError(`"${node.name.value}" may appear only once per request`, {
                nodes: [node],
                extensions: { reason: 'FIELD_REPEATED' },
              }),
            );
          }
        }
      },
    };
  };
}

/** A list field with `first` costs its children times the page size. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + childComplexity * first : undefined;
};

/** Variables longer than this as JSON (texts being submitted) are estimated each time, not remembered. */
const MAX_REMEMBERED_VARIABLES = 2000;
/** Distinct variable sets remembered per operation before its memory starts over. */
const MAX_REMEMBERED_PER_OPERATION = 200;

export function complexityPlugin(maxCost: number): ApolloServerPlugin {
  // Apollo keeps parsed and validated documents (its document store), so the same query text gives
  // the same operation node at every request: its cost for the same variables is remembered there
  // instead of walking the operation against the schema again (a list page asked thousands of times).
  const remembered = new WeakMap<OperationDefinitionNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation: resolved, schema }) {
          // No operation (two without a name, an unknown operationName): Apollo answers that itself
          // (400) right after this hook; there is nothing to estimate.
          if (!resolved) return;
          const operation: OperationDefinitionNode = resolved;
          const key = JSON.stringify(request.variables ?? {});
          const rememberable = key.length <= MAX_REMEMBERED_VARIABLES;
          let byVariables = remembered.get(operation);
          let cost = rememberable ? byVariables?.get(key) : undefined;
          if (cost === undefined) {
            cost = estimate();
            if (rememberable) {
              if (!byVariables) remembered.set(operation, (byVariables = new Map()));
              if (byVariables.size >= MAX_REMEMBERED_PER_OPERATION) byVariables.clear();
              byVariables.set(key, cost);
            }
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query too costly: ${cost} (at most ${maxCost})`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }

          function estimate(): number {
            try {
              return getComplexity({
                schema,
                query: { kind: Kind.DOCUMENT, definitions: [operation] },
                variables: request.variables,
                operationName: request.operationName,
                // A field may state its own cost (`complexity` on its decorator): a bounded list without `first`.
                estimators: [fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch (error) {
              // The estimate coerces the variables first: a bad one is the client's input error (never remembered).
              if (error instanceof GraphQLError) {
                throw new GraphQLError(error.message, {
                  extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES', http: { status: 400 } },
                });
              }
              throw error;
            }
          }
        },
      };
    },
  };
}
