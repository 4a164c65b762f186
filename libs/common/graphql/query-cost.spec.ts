import {
  buildSchema,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { analyseOperationCost, operationCost, type CostAnalysis } from './query-cost';

const schema = buildSchema(`
  type Entry { id: ID! body: String }
  type Letter { id: ID! timeline(first: Int = 100): [Entry!]! title: String! next: Letter }
  type Query { letter(id: ID!): Letter }
`);

function inputOf(document: DocumentNode) {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return { schema, operation, fragments };
}

function cost(source: string, variables?: Record<string, unknown>): number {
  return operationCost({ ...inputOf(parse(source)), variables });
}

/** Parses as the API does (at most 2,000 tokens) and prices with the API's limit unless told. */
function analyse(source: string, limit?: number): CostAnalysis & { selections: number } {
  const document = parse(source, { maxTokens: 2_000 });
  let selections = 0;
  visit(document, {
    Field: () => void selections++,
    FragmentSpread: () => void selections++,
    InlineFragment: () => void selections++,
  });
  return { ...analyseOperationCost({ ...inputOf(document), limit }), selections };
}

const repeat = (count: number, text: (i: number) => string): string =>
  Array.from({ length: count }, (_, i) => text(i)).join(' ');

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

  // Issue 18 (fix round): four nested fragments each spreading the next 200 times fit in 2,000
  // tokens; walking every spread took 200⁴ = 1.6 × 10⁹ steps on the main thread.
  it('prices four nested fragments each spread 200 times in at most one step per selection of the document', () => {
    const K = 200;
    const source = [
      `{ letter(id: "x") { ${repeat(K, () => '...F1')} } }`,
      `fragment F1 on Letter { ${repeat(K, () => '...F2')} }`,
      `fragment F2 on Letter { ${repeat(K, () => '...F3')} }`,
      `fragment F3 on Letter { ${repeat(K, () => '...F4')} }`,
      'fragment F4 on Letter { title }',
    ].join('\n');
    const { cost, steps, selections } = analyse(source);
    expect(steps).toBeLessThanOrEqual(selections);
    // A fragment spread twice in one selection set is executed once (graphql-js collectFields).
    expect(cost).toBe(2 + 1.5 * 1);
  });

  it('prices a fragment once however many fields spread it, and still multiplies it out', () => {
    const source = [
      `{ letter(id: "x") { ...F1 } }`,
      `fragment F1 on Letter { ${repeat(15, (i) => `a${i}: next { ...F2 }`)} }`,
      `fragment F2 on Letter { ${repeat(15, (i) => `a${i}: next { ...F3 }`)} }`,
      `fragment F3 on Letter { ${repeat(15, (i) => `a${i}: next { ...F4 }`)} }`,
      'fragment F4 on Letter { title }',
    ].join('\n');
    const { cost, steps, selections } = analyse(source);
    expect(steps).toBeLessThanOrEqual(selections);
    const f3 = 15 * (2 + 1.5 * 1);
    const f2 = 15 * (2 + 1.5 * f3);
    const f1 = 15 * (2 + 1.5 * f2);
    expect(cost).toBe(2 + 1.5 * f1);
  });

  it('stops walking as soon as the cost passes the limit', () => {
    // Each alias costs 500 × (2 + 1.5) = 1,750: the sixth passes 10,000.
    const source = `{ letter(id: "x") { ${repeat(15, (i) => `a${i}: timeline(first: 500) { id }`)} } }`;
    const whole = analyse(source);
    const limited = analyse(source, 10_000);
    expect(whole.cost).toBe(2 + 1.5 * 15 * 1_750);
    expect(limited.cost).toBeGreaterThan(10_000);
    expect(limited.steps).toBeLessThanOrEqual(1 + 6 * 2);
  });
});
