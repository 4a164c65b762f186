import { Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Field, GraphQLModule, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { LeadsOnly } from './leads-only.interceptor';
import { LetterAccess } from './letter.policy';

@ObjectType()
class Sheet {
  @Field()
  title!: string;
  access!: LetterAccess;
}

@Resolver(() => Sheet)
class SheetResolver {
  @Query(() => Sheet)
  sheet(): Sheet {
    return { title: 'Sheet', access: LetterAccess.NONE };
  }

  @ResolveField(() => String, { nullable: true })
  @LeadsOnly({ otherwise: null })
  contact(): string {
    return 'lead-only contact';
  }
}

/** An application with the resolver: serving GraphQL with these enhancers, or no GraphQL at all (a worker). */
async function start(fieldResolverEnhancers: ('interceptors' | 'guards' | 'filters')[] | 'no GraphQL') {
  @Module({
    imports:
      fieldResolverEnhancers === 'no GraphQL'
        ? []
        : [
            GraphQLModule.forRoot<ApolloDriverConfig>({
              driver: ApolloDriver,
              autoSchemaFile: true,
              fieldResolverEnhancers,
            }),
          ],
    providers: [SheetResolver],
  })
  class SheetModule {}
  const app = (await Test.createTestingModule({ imports: [SheetModule] }).compile()).createNestApplication({
    logger: false,
  });
  try {
    await app.init();
  } finally {
    await app.close();
  }
}

describe('LeadsOnlyInterceptor', () => {
  it('refuses to start where field resolvers would run without it, and starts where they run with it', async () => {
    await expect(start([])).rejects.toThrow(/fieldResolverEnhancers to include 'interceptors'/);
    await expect(start(['guards'])).rejects.toThrow(/fieldResolverEnhancers/);
    await expect(start(['interceptors'])).resolves.toBeUndefined();
  });

  it('lets a process that serves no GraphQL start (the worker loads modules with resolvers)', async () => {
    await expect(start('no GraphQL')).resolves.toBeUndefined();
  });
});
