import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  ExecutionResult,
  FormattedExecutionResult,
  GraphQLError,
  GraphQLFormattedError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { AppError } from '../common/app-error';
import { appErrorFromDatabase } from '../common/database-error';
import type { AppConfig } from '../config/app-config';
import { GraphQLContext, ParvisRequest } from './context';
import { formatError, FormatErrorOptions, INTERNAL, withoutSuggestions } from './format-error';
import { aliasRule, complexityPlugin, depthRule } from './limits';
import { LiveConnection } from './live-connection';
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
          const known = original instanceof AppError;
          if (!known && appErrorFromDatabase(original)) {
            // Answered as the client's error, but a check the use case should have made first.
            logger.warn({ err: original, requestId: contextValue.req?.id, path: error.path }, 'input refused by the database');
          } else if (!known && !error.extensions?.code) {
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

/**
 * Subscriptions are served over graphql-ws only. Over HTTP, Apollo would run the subscription's
 * resolver as a query and fail on the stream it returns: refuse the request before that.
 */
const subscriptionOverHttpPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) only', {
            extensions: { code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } },
          });
        }
      },
    };
  },
};

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const formatOptions: FormatErrorOptions = { hideSchemaDetails: !config.GRAPHQL_INTROSPECTION };
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    // Off in production unless configured: the committed schema.graphql is what clients build on.
    introspection: config.GRAPHQL_INTROSPECTION,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    // Apollo's default document store is kept (no `documentStore` option): an LRU of parsed and
    // validated documents by query hash, so a query text is parsed and validated, these rules
    // included, once; the cost plugin remembers its estimate per cached operation too.
    validationRules: [depthRule(config.GRAPHQL_MAX_DEPTH), aliasRule(config.GRAPHQL_MAX_ALIASES)],
    // No HTTP cache hints are used: the cache-control plugin would only add a hook to every field.
    plugins: [complexityPlugin(config.GRAPHQL_MAX_COST), subscriptionOverHttpPlugin, errorPlugin, ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, error) => formatError(formatted, error, formatOptions),
    subscriptions: { 'graphql-ws': graphqlWsOptions(config, formatOptions) },
    context: (arg: HttpContextArg | WsContextArg): GraphQLContext =>
      'req' in arg && arg.req
        ? { req: arg.req, res: arg.res as GraphQLContext['res'], loaders: new RequestLoaders() }
        : wsContext(arg as WsContextArg),
  };
}

/**
 * graphql-ws options (Nest passes them all on, though its type names only some): the same depth
 * and alias limits as over HTTP, the same introspection setting (graphql-ws runs queries too), and
 * errors formatted as over HTTP.
 */
function graphqlWsOptions(config: AppConfig, formatOptions: FormatErrorOptions): Partial<ServerOptions> & { path: string } {
  const rules = [...specifiedRules, depthRule(config.GRAPHQL_MAX_DEPTH), aliasRule(config.GRAPHQL_MAX_ALIASES)];
  if (!config.GRAPHQL_INTROSPECTION) rules.push(NoSchemaIntrospectionCustomRule);
  return {
    path: '/graphql',
    validate: (schema, document) => validate(schema, document, rules),
    // Refused before anything is read (the token, the target): each open subscription is read again
    // at every event it hears, so their number per socket is what bounds the cost of one change.
    // graphql-ws has already registered this operation, so it counts itself.
    onSubscribe: (ctx) =>
      Object.keys(ctx.subscriptions).length > config.LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION
        ? [tooManySubscriptions(config.LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION, 'connection')]
        : undefined,
    onNext: (_ctx, _id, _payload, _args, result) => formatWsResult(result, formatOptions),
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatWsValidationError(error, formatOptions)),
    onClose: (ctx) => {
      const socket = (ctx.extra as WsContextArg['extra'])?.socket;
      if (socket) liveConnections.get(socket)?.dispose();
    },
  };
}

function tooManySubscriptions(max: number, per: 'connection'): GraphQLError {
  return new GraphQLError('Too many subscriptions', {
    extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS', max, per },
  });
}

/**
 * graphql-ws sends results without Apollo's formatter: without this, a subscription's errors would
 * carry no `extensions.code` (an AppError has none of its own) and an unknown error's raw message.
 * Same formatter as HTTP, and the hidden errors logged the same way.
 */
function formatWsResult(result: ExecutionResult, formatOptions: FormatErrorOptions): FormattedExecutionResult | void {
  if (!result.errors?.length) return undefined;
  const errors = result.errors.map((error) => {
    const formatted = formatError(error.toJSON(), error, formatOptions);
    if (formatted.extensions?.code === INTERNAL)
      logger.error({ err: error.originalError ?? error, path: error.path }, 'internal error (subscription)');
    return formatted;
  });
  return { ...result, errors } as FormattedExecutionResult;
}

/** graphql-ws's own refusals (validation of the document, limits) are the client's mistakes. */
function formatWsValidationError(error: GraphQLError, formatOptions: FormatErrorOptions): GraphQLFormattedError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'GRAPHQL_VALIDATION_FAILED';
  return {
    message: formatOptions.hideSchemaDetails ? withoutSuggestions(error.message) : error.message,
    locations: error.locations,
    extensions: { ...error.extensions, code },
  };
}

interface HttpContextArg {
  req: ParvisRequest;
  res: unknown;
}

interface WsContextArg {
  connectionParams?: Record<string, unknown>;
  extra?: { socket?: { close(code: number, reason: string): void }; request?: { socket?: { remoteAddress?: string } } };
}

/** One LiveConnection per graphql-ws connection, by its socket. */
const liveConnections = new WeakMap<object, LiveConnection>();

/**
 * A subscription (graphql-ws) has no HTTP request: the client sends its access token in the
 * connection parameters (`{ authorization: 'Bearer …' }`), and this request-like object lets the
 * same AuthGuard check it. Loaders live for one operation, like over HTTP; a subscription lives long,
 * so the live streams give it fresh ones, and the viewer as they are now, for each event they send
 * (see LiveStreams). `live` is the connection they end when its token expires or its session ends.
 */
function wsContext(arg: WsContextArg): GraphQLContext {
  const auth = arg.connectionParams?.authorization ?? arg.connectionParams?.Authorization;
  const authorization = typeof auth === 'string' ? auth : undefined;
  const socket = arg.extra?.socket ?? { close: () => undefined };
  let live = liveConnections.get(socket);
  if (!live) {
    live = new LiveConnection(socket);
    liveConnections.set(socket, live);
  }
  const req = {
    headers: authorization ? { authorization } : {},
    ip: arg.extra?.request?.socket?.remoteAddress,
  } as unknown as ParvisRequest;
  return { req, loaders: new RequestLoaders(), live };
}
