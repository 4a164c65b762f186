import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ALLOW_API_KEYS_KEY, ALLOW_KEY } from '@undersigned/common';
import { describeLeadsOnly } from '@undersigned/letters';
import { leadsOnlyFields } from './support/leads-only-fields';
import { startTestApp, type TestApp } from './support/test-app';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** Every root operation with the permission its resolver declares (or MISSING). */
function declaredPermissions(app: TestApp): string[] {
  const lines = new Set<string>();
  for (const module of app.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype || !wrapper.metatype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof method !== 'function') continue;
        const type: unknown = Reflect.getMetadata('graphql:resolver_type', method);
        if (typeof type !== 'string' || !ROOT_TYPES.includes(type)) continue;
        const name: string = Reflect.getMetadata('graphql:resolver_name', method) ?? key;
        const permission: string =
          Reflect.getMetadata(ALLOW_KEY, method) ?? Reflect.getMetadata(ALLOW_KEY, wrapper.metatype) ?? 'MISSING';
        // Operations an organisation's API key may call too are marked: every other one refuses keys.
        const keys: unknown =
          Reflect.getMetadata(ALLOW_API_KEYS_KEY, method) ?? Reflect.getMetadata(ALLOW_API_KEYS_KEY, wrapper.metatype);
        lines.add(`${type}.${name}: ${permission}${keys === true ? ' + API keys' : ''}`);
      }
    }
  }
  return [...lines].sort();
}

describe('permissions', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('declares a permission on every operation of the schema (review changes to this list)', () => {
    const declared = declaredPermissions(app);
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const operations = ROOT_TYPES.flatMap((type) =>
      Object.keys(schema.getType(type) ? (schema.getType(type) as { getFields(): object }).getFields() : {}).map(
        (field) => `${type}.${field}`,
      ),
    ).sort();
    expect(declared.map((line) => line.split(':')[0])).toEqual(operations);
    // A key never manages members, keys or the account: those stay refused to keys.
    expect(declared.filter((line) => line.endsWith('+ API keys'))).toEqual([
      'Mutation.addRecipient: VERIFIED + API keys',
      'Mutation.removeRecipient: VERIFIED + API keys',
      'Query.letter: PUBLIC + API keys',
      'Query.organisation: PUBLIC + API keys',
    ]);
    expect(declared.filter((line) => line.endsWith('MISSING'))).toEqual([]);
    expect(declared).toMatchSnapshot();
  });

  it('declares every lead-only field with what everyone else gets (review changes to this list)', () => {
    const declared = leadsOnlyFields(app);
    const schema = app.app.get(GraphQLSchemaHost).schema;
    // Declared on fields of the schema's types, not on root operations (whose parent is no letter's).
    expect(declared.filter(({ onField }) => !onField).map(({ field }) => field)).toEqual([]);
    expect(
      declared
        .map(({ field }) => field)
        .filter((field) => {
          const [type, name] = field.split('.');
          const found = schema.getType(type) as { getFields?(): Record<string, unknown> } | undefined;
          return !found?.getFields?.()[name];
        }),
    ).toEqual([]);
    expect(declared.map(({ field, options }) => `${field}: ${describeLeadsOnly(options)}`)).toMatchSnapshot();
  });
});
