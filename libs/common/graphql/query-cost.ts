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
  /** Stop walking once the cost passes this: the answer is then only known to be above it. */
  limit?: number;
}

export interface CostAnalysis {
  /** The operation's cost; with a `limit`, possibly only the part walked before passing it. */
  cost: number;
  /** Selections walked to price the operation: at most one per selection in the document. */
  steps: number;
}

export function operationCost(input: CostInput): number {
  return analyseOperationCost(input).cost;
}

/**
 * Walks each selection of the document at most once: a fragment is priced once per analysis
 * (variables are fixed within one), and a spread repeated in one selection set is skipped, as
 * graphql-js executes it once. Otherwise fragments each spreading the next K times cost K⁴ steps
 * to price (K = 200 fits in 2,000 tokens).
 */
export function analyseOperationCost({
  schema,
  operation,
  fragments,
  variables,
  limit = Infinity,
}: CostInput): CostAnalysis {
  let steps = 0;
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, steps };
  const values = { ...defaultsOf(operation, schema), ...(variables ?? {}) };
  // A fragment's cost depends only on its body and its own type condition (it is priced on that
  // type wherever it is spread), so its name is key enough. `undefined` while being priced.
  const fragmentCosts = new Map<string, number | undefined>();

  // `spread`: the fragments already spread in this field's selection set, through inline
  // fragments too (graphql-js collectFields' visitedFragmentNames). Costs are never negative and
  // every factor is at least 1, so once a part passes `limit` so does the whole: stop there.
  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, spread: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (cost > limit) break;
      steps++;
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (on && isCompositeType(on)) cost += selectionCost(selection.selectionSet, on, spread);
      } else {
        const name = selection.name.value;
        if (spread.has(name)) continue;
        spread.add(name);
        cost += fragmentCost(name);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string): number => {
    if (fragmentCosts.has(name)) {
      // A fragment spread inside itself is invalid GraphQL (validation refuses it); never loop.
      return fragmentCosts.get(name) ?? 0;
    }
    const fragment = fragments[name];
    const on = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    if (!fragment || !on || !isCompositeType(on)) return 0;
    fragmentCosts.set(name, undefined);
    // Priced on its own (a fresh set of spreads), so that the price is the same wherever it is used.
    const cost = selectionCost(fragment.selectionSet, on, new Set());
    fragmentCosts.set(name, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    if (node.name.value.startsWith('__')) return 0; // introspection and __typename
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!node.selectionSet) return COST.scalar;
    const type = definition ? getNamedType(definition.type) : undefined;
    const children = type && isCompositeType(type) ? selectionCost(node.selectionSet, type, new Set()) : 0;
    return (COST.object + COST.depthFactor * children) * pageSize(node, definition, values);
  };

  const cost = selectionCost(operation.selectionSet, root, new Set());
  return { cost, steps };
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
