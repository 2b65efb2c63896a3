import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, ValidationContext, ASTVisitor, Kind, OperationDefinitionNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

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

export function depthRule(maxDepth: number) {
  return depthLimit(maxDepth);
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

export function complexityPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: { kind: Kind.DOCUMENT, definitions: [operation as OperationDefinitionNode] },
              variables: request.variables,
              operationName: request.operationName,
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // The estimate coerces the variables first: a bad one is the client's input error.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, {
                extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES', http: { status: 400 } },
              });
            }
            throw error;
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query too costly: ${cost} (at most ${maxCost})`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
