import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { ApolloDriver } from '@nestjs/apollo';
import {
  countTextAgainstBudget,
  createRequestContext,
  formatGraphqlError,
  NodeEnv,
  publicReadCachePlugin,
  publicResponseCachePlugin,
  queryCostPlugin,
  queryCostRule,
  responseStatusPlugin,
  textBudgetPlugin,
  type AppConfig,
  type AuthenticatedRequest,
  type EventBusService,
} from '@undersigned/common';
import { LETTER_PUBLISHED_TOPIC } from '@undersigned/letters';

/** Limits on every document, checked before any resolver runs. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 10_000,
  maxDirectives: 20,
} as const;

/** Root queries that read only what anyone may see; anonymous GETs of these may be cached publicly. */
const PUBLIC_READS = ['letter', 'letters', 'organisation', 'organisations'];

/**
 * `events`: the cross-process event bus, when there is one: each process's public response cache
 * forgets its answers when a letter under embargo publishes.
 */
export function graphqlOptions(config: AppConfig, events?: EventBusService): ApolloDriverConfig {
  const production = config.nodeEnv === NodeEnv.PRODUCTION;
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // Counted by graphql-js's parser instead (parseOptions below): armor's count throws from a
    // plugin hook, which turns every syntax error into a 500.
    maxTokens: { enabled: false },
    // Our own (queryCostPlugin): armor's counts `first` only as a literal, before variables are known.
    costLimit: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    // Interceptors run on field resolvers too: lead-only fields are declared (@LeadsOnly) and
    // refused by one interceptor. Guards stay off there: PermissionGuard is for operations.
    fieldResolverEnhancers: ['interceptors'],
    // Every String field counts against the response's text budget.
    transformSchema: countTextAgainstBudget,
    sortSchema: true,
    introspection: !production,
    playground: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // CSRF is prevented by requireJsonPosts (csrf.middleware.ts) instead: Apollo's check also
    // refuses plain GETs, and public reads by GET are what HTTP caches can keep.
    csrfPrevention: false,
    // Automatic persisted queries (Apollo's default in-memory cache): a GET can name a document by
    // its SHA-256, so public reads have short, cacheable URLs.
    persistedQueries: {},
    plugins: [
      ...protection.plugins,
      queryCostPlugin(GRAPHQL_LIMITS.maxCost),
      textBudgetPlugin(),
      // Cacheability is decided per response by publicReadCachePlugin, not by per-field hints,
      // which would wrap every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      publicReadCachePlugin({ maxAgeSeconds: config.publicCacheMaxAgeSeconds, publicRootFields: PUBLIC_READS }),
      publicResponseCachePlugin({
        ttlMs: config.publicResponseCacheMs,
        // At most ~64 MB of UTF-16 in all; one page of a public letter is a few KB.
        maxTotalChars: 32_000_000,
        maxEntryChars: 200_000,
        publicRootFields: PUBLIC_READS,
        forgetAllWhen: (forget) => events?.on(LETTER_PUBLISHED_TOPIC, forget),
      }),
      responseStatusPlugin(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
    ],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    formatError: formatGraphqlError,
    subscriptions: {
      'graphql-ws': webSocketOptions(production, [
        ...(protection.validationRules ?? []),
        queryCostRule(GRAPHQL_LIMITS.maxCost),
      ]),
    },
    context: (ctx: { req?: AuthenticatedRequest; connectionParams?: Record<string, unknown> }) => {
      if (ctx.req) return { ...createRequestContext(ctx.req), res: ctx.req.res };
      // graphql-ws: the access token comes in the connection's init payload.
      const token = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const headers = typeof token === 'string' ? { authorization: token } : {};
      return createRequestContext({ headers } as AuthenticatedRequest);
    },
  };
}

/** Over WebSocket, only subscriptions: queries and mutations go over HTTP, through every limit there. */
function validateSubscription(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[],
): readonly GraphQLError[] {
  const other = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== 'subscription',
  );
  if (other)
    return [new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP')];
  return validate(schema, document, rules);
}

/**
 * graphql-ws options: the WebSocket path bypasses Apollo's pipeline, so the same token limit,
 * armor rules and (in production) no introspection apply here, and it serves subscriptions only.
 * (@nestjs/graphql passes these through to graphql-ws's useServer; its type names fewer of them.)
 */
function webSocketOptions(production: boolean, armorRules: readonly ValidationRule[]): GraphQLWsSubscriptionsConfig {
  const rules = [...specifiedRules, ...armorRules, ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const options: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'parse' | 'validate'> = {
    path: '/graphql',
    parse: (source) => parse(source, { maxTokens: GRAPHQL_LIMITS.maxTokens }),
    validate: (schema, document) => validateSubscription(schema, document, rules),
  };
  return options;
}
