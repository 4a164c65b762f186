import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import {
  createRequestContext,
  formatGraphqlError,
  NodeEnv,
  type AppConfig,
  type AuthenticatedRequest,
} from '@undersigned/common';

/** Limits on every document, checked before any resolver runs. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 10_000,
  maxDirectives: 20,
} as const;

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === NodeEnv.PRODUCTION;
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...protection.plugins,
      // No HTTP cache hints are used; the plugin would otherwise wrap every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
    ],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    formatError: formatGraphqlError,
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    context: (ctx: { req?: AuthenticatedRequest; connectionParams?: Record<string, unknown> }) => {
      if (ctx.req) return { ...createRequestContext(ctx.req), res: ctx.req.res };
      // graphql-ws: the access token comes in the connection's init payload.
      const token = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const headers = typeof token === 'string' ? { authorization: token } : {};
      return createRequestContext({ headers } as AuthenticatedRequest);
    },
  };
}
