import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { GraphQLContext, ParvisRequest } from './context';
import { formatError, INTERNAL } from './format-error';
import { aliasRule, complexityPlugin, depthRule } from './limits';
import { RequestLoaders } from './loaders';

const logger = new Logger('GraphQL');

/**
 * Adds the request id to every error (so a resident's screenshot leads to the log line) and logs
 * the internal errors the formatter hid, in full.
 */
const errorPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const original = error.originalError;
          const known = original && original.constructor.name === 'AppError';
          if (!known && !error.extensions?.code) {
            logger.error({ err: original ?? error, requestId: contextValue.req?.id, path: error.path }, 'internal error');
          }
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const requestId = contextValue.req?.id;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
          ...e,
          extensions: { ...e.extensions, requestId },
        }));
        if (response.body.singleResult.errors.some((e) => e.extensions?.code === INTERNAL)) {
          logger.warn({ requestId }, 'request answered with an internal error');
        }
      },
    };
  },
};

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    validationRules: [depthRule(config.GRAPHQL_MAX_DEPTH), aliasRule(config.GRAPHQL_MAX_ALIASES)],
    // No HTTP cache hints are used: the cache-control plugin would only add a hook to every field.
    plugins: [complexityPlugin(config.GRAPHQL_MAX_COST), errorPlugin, ApolloServerPluginCacheControlDisabled()],
    formatError,
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    context: (arg: HttpContextArg | WsContextArg): GraphQLContext =>
      'req' in arg && arg.req ? { req: arg.req, res: arg.res as GraphQLContext['res'], loaders: new RequestLoaders() } : wsContext(arg as WsContextArg),
  };
}

interface HttpContextArg {
  req: ParvisRequest;
  res: unknown;
}

interface WsContextArg {
  connectionParams?: Record<string, unknown>;
  extra?: { request?: { socket?: { remoteAddress?: string } } };
}

/**
 * A subscription (graphql-ws) has no HTTP request: the client sends its access token in the
 * connection parameters (`{ authorization: 'Bearer …' }`), and this request-like object lets the
 * same AuthGuard check it. Loaders are made fresh on each access: a subscription lives long, and a
 * cache across its events would serve stale data.
 */
function wsContext(arg: WsContextArg): GraphQLContext {
  const auth = arg.connectionParams?.authorization ?? arg.connectionParams?.Authorization;
  const req = {
    headers: typeof auth === 'string' ? { authorization: auth } : {},
    ip: arg.extra?.request?.socket?.remoteAddress,
  } as unknown as ParvisRequest;
  return {
    req,
    get loaders() {
      return new RequestLoaders();
    },
  };
}
