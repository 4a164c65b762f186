import * as ts from 'typescript';

// What the architecture test reads from a source file, with TypeScript's own parser (one pass, so
// strings, comments and regular expressions are told apart correctly): the tables its SQL names,
// the tables its entities map, and its @Injectable() classes.

/** A table named by a file's SQL. */
export interface TableRead {
  file: string;
  table: string;
}

// A table after a keyword that names one: SELECT … FROM t, JOIN t, INSERT INTO t, UPDATE t,
// DELETE … USING t, TRUNCATE t, ALTER TABLE t. SQL here is written in capitals; prose is not.
const SQL_TABLE =
  /\b(?:FROM|JOIN|INTO|UPDATE|USING|TRUNCATE|TABLE)\s+((?:"?[a-z_][a-z0-9_]*"?\.)?"?[a-z_][a-z0-9_]*"?)/g;
// Query-builder methods whose first argument may be a table name given as a string.
const BUILDER_TABLE = new Set([
  'from',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'into',
  'update',
]);

function parse(file: string, source: string): ts.SourceFile {
  return ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function isString(node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
}

/**
 * The text of a template literal with each `${NAME}` naming a table constant replaced by the table,
 * and any other interpolation by `?`.
 */
function templateText(template: ts.TemplateExpression, constants: ReadonlyMap<string, string>): string {
  return template.templateSpans.reduce((text, span) => {
    const named = ts.isIdentifier(span.expression) ? constants.get(span.expression.text) : undefined;
    return `${text}${named ?? '?'}${span.literal.text}`;
  }, template.head.text);
}

/**
 * Every table a file's SQL names: in string and template literals after FROM, JOIN, INTO, UPDATE,
 * USING, TRUNCATE or TABLE (`"quoted"` or `schema.qualified`), and the string first argument of a
 * query builder's from/join/into/update. `constants` resolves `${POSTCODE_AREAS_TABLE}`.
 */
export function tablesNamedIn(file: string, source: string, constants: ReadonlyMap<string, string>): TableRead[] {
  const tables = new Set<string>();
  walk(parse(file, source), (node) => {
    let text: string | undefined;
    if (isString(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = templateText(node, constants);
    if (text !== undefined) {
      for (const match of text.matchAll(SQL_TABLE)) tables.add(match[1].replace(/"/g, ''));
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      BUILDER_TABLE.has(node.expression.name.text) &&
      isString(node.arguments[0])
    ) {
      tables.add(node.arguments[0].text);
    }
  });
  return [...tables].map((table) => ({ file, table }));
}

/** The tables a file's entities map (`@Entity('users')`, or `@Entity(CONSTANT)` declared in the file), with the constants that name them. */
export function entityTables(file: string, source: string): { tables: string[]; constants: Map<string, string> } {
  const strings = new Map<string, string>();
  const named: ts.Expression[] = [];
  const parsed = parse(file, source);
  walk(parsed, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isString(node.initializer)) {
      strings.set(node.name.text, node.initializer.text);
    }
    if (ts.isDecorator(node) && ts.isCallExpression(node.expression)) {
      const call = node.expression;
      if (ts.isIdentifier(call.expression) && call.expression.text === 'Entity' && call.arguments[0]) {
        named.push(call.arguments[0]);
      }
    }
  });
  const constants = new Map<string, string>();
  const tables = named.flatMap((argument) => {
    if (isString(argument)) return [argument.text];
    if (ts.isIdentifier(argument) && strings.has(argument.text)) {
      constants.set(argument.text, strings.get(argument.text)!);
      return [strings.get(argument.text)!];
    }
    throw new Error(`${file}: @Entity(${argument.getText(parsed)}) names no table this test can read`);
  });
  return { tables, constants };
}

/** The names of a file's classes decorated with @Injectable(). */
export function injectableClasses(file: string, source: string): string[] {
  const names: string[] = [];
  walk(parse(file, source), (node) => {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const injectable = (ts.getDecorators(node) ?? []).some(
      (decorator) =>
        ts.isCallExpression(decorator.expression) &&
        ts.isIdentifier(decorator.expression.expression) &&
        decorator.expression.expression.text === 'Injectable',
    );
    if (injectable) names.push(node.name.text);
  });
  return names;
}
