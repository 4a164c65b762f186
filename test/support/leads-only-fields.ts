import { ModulesContainer } from '@nestjs/core';
import { LEADS_ONLY_KEY, type LeadsOnlyOptions } from '@undersigned/letters';
import type { TestApp } from './test-app';

export interface LeadsOnlyField {
  /** `Type.field`, as the schema names it. */
  field: string;
  options: LeadsOnlyOptions;
  /** Whether it is declared on a field resolver (on a root operation it would refuse everyone). */
  onField: boolean;
}

/** Every resolver method declared @LeadsOnly, sorted by `Type.field`. */
export function leadsOnlyFields(app: TestApp): LeadsOnlyField[] {
  const found = new Map<string, LeadsOnlyField>();
  for (const module of app.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const metatype = wrapper.metatype as { prototype?: object; name: string } | null;
      const prototype = metatype?.prototype;
      if (!prototype || !metatype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof method !== 'function') continue;
        const options = Reflect.getMetadata(LEADS_ONLY_KEY, method) as LeadsOnlyOptions | undefined;
        if (!options) continue;
        const type = Reflect.getMetadata('graphql:resolver_name', metatype) as string | undefined;
        const name = (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? key;
        const field = `${type ?? metatype.name}.${name}`;
        found.set(field, { field, options, onField: Reflect.getMetadata('graphql:resolve_property', method) === true });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.field.localeCompare(b.field));
}
