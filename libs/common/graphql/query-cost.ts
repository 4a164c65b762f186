import {
  getNamedType,
  isCompositeType,
  isInputType,
  isInterfaceType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of an operation, as graphql-armor's cost limit reckons it (an object 2, a scalar 1,
 * each level deeper 1.5 times, a list times its page size) but with the page size a client will
 * really get: `first` from a literal, from the request's variables, or the argument's default
 * when it is left out. Armor's rule runs at validation, before variables are known, so
 * `timeline(first: $n)` counted as one item there whatever `n` was.
 */
export const COST = { object: 2, scalar: 1, depthFactor: 1.5 } as const;

/** Arguments that set how many items a list answers. */
const PAGE_ARGUMENTS = ['first', 'last'];

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables?: Record<string, unknown> | null;
}

export function operationCost({ schema, operation, fragments, variables }: CostInput): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const values = { ...defaultsOf(operation, schema), ...(variables ?? {}) };
  const visiting = new Set<string>();

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (on && isCompositeType(on)) cost += selectionCost(selection.selectionSet, on);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment spread inside itself is invalid GraphQL (validation refuses it); never loop.
        if (!fragment || visiting.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (!on || !isCompositeType(on)) continue;
        visiting.add(name);
        cost += selectionCost(fragment.selectionSet, on);
        visiting.delete(name);
      }
    }
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    if (node.name.value.startsWith('__')) return 0; // introspection and __typename
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!node.selectionSet) return COST.scalar;
    const type = definition ? getNamedType(definition.type) : undefined;
    const children = type && isCompositeType(type) ? selectionCost(node.selectionSet, type) : 0;
    return (COST.object + COST.depthFactor * children) * pageSize(node, definition, values);
  };

  return selectionCost(operation.selectionSet, root);
}

/** The variables' own defaults (`$n: Int = 500`), for variables the request leaves out. */
function defaultsOf(operation: OperationDefinitionNode, schema: GraphQLSchema): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (!definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type))
      defaults[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
  }
  return defaults;
}

/** How many items a field answers at most, as far as its arguments say; 1 for anything else. */
function pageSize(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  variables: Record<string, unknown>,
): number {
  for (const name of PAGE_ARGUMENTS) {
    const argument = node.arguments?.find((a) => a.name.value === name);
    let value: unknown;
    if (argument?.value.kind === Kind.INT) value = Number(argument.value.value);
    else if (argument?.value.kind === Kind.VARIABLE) value = variables[argument.value.name.value];
    if (value === undefined || value === null) {
      value = definition?.args.find((a) => a.name === name)?.defaultValue;
    }
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, value);
  }
  return 1;
}
