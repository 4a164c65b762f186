import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './query-cost';

const schema = buildSchema(`
  type Entry { id: ID! body: String }
  type Letter { id: ID! timeline(first: Int = 100): [Entry!]! title: String! }
  type Query { letter(id: ID!): Letter }
`);

function cost(source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return operationCost({ schema, operation, fragments, variables });
}

describe('operationCost', () => {
  const literal = cost('{ letter(id: "x") { timeline(first: 500) { id body } } }');

  it('weighs as graphql-armor does: an object 2, a scalar 1, ×1.5 a level, a list × its page', () => {
    expect(literal).toBe(2 + 1.5 * (2 + 1.5 * 2) * 500);
  });

  it('counts a page size given by a variable as the literal would be counted', () => {
    expect(cost('query($n: Int) { letter(id: "x") { timeline(first: $n) { id body } } }', { n: 500 })).toBe(literal);
  });

  it("counts a variable's own default, and an argument left out at the argument's default", () => {
    expect(cost('query($n: Int = 500) { letter(id: "x") { timeline(first: $n) { id body } } }')).toBe(literal);
    expect(cost('{ letter(id: "x") { timeline { id body } } }')).toBe(
      cost('{ letter(id: "x") { timeline(first: 100) { id body } } }'),
    );
  });

  it('follows fragments, and adds aliases up', () => {
    const spread = cost(
      'query($n: Int) { letter(id: "x") { ...F } } fragment F on Letter { timeline(first: $n) { id body } }',
      { n: 500 },
    );
    expect(spread).toBe(literal);
    const aliased = cost(
      'query($n: Int) { letter(id: "x") { a: timeline(first: $n) { id } b: timeline(first: $n) { id } } }',
      {
        n: 10,
      },
    );
    // letter: 2 + 1.5 × (two lists of 10 × (2 + 1.5 × 1)) = 2 + 1.5 × 70
    expect(aliased).toBe(107);
  });

  it('costs nothing for __typename', () => {
    expect(cost('{ __typename }')).toBe(0);
  });
});
