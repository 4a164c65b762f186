import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// A page is a folder under pages/ with its components, hooks and documents; pages never import each
// other, and only app.tsx (the routes) imports a page. What two pages share lives in components/ or hooks/.
const SRC = __dirname;

interface Import {
  file: string;
  target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every local module a file imports, statically or lazily, as a path under src/. */
function importsOf(file: string): Import[] {
  const source = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({
      file,
      target: relative(SRC, resolve(SRC, dirname(file), specifier))
        .split(sep)
        .join('/'),
    }));
}

/** pages/<page>/…'s page, or undefined outside pages/. */
function pageOf(path: string): string | undefined {
  const [top, page] = path.split('/');
  return top === 'pages' ? page : undefined;
}

/** Why an import breaks the layout, or undefined when it does not. */
export function violation({ file, target }: Import): string | undefined {
  const [from, to] = [pageOf(file), pageOf(target)];
  if (!to || from === to) return undefined;
  if (from) return `the ${from} page must not import the ${to} page`;
  return file === 'app.tsx' ? undefined : 'only app.tsx imports pages';
}

describe('web app layout', () => {
  const files = sourceFiles('');
  const imports = files.flatMap(importsOf);

  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports).toContainEqual({
      file: 'pages/letter/letter-page.tsx',
      target: 'pages/letter/dashboard/letter-dashboard',
    });
  });

  it('keeps every page in its own folder', () => {
    expect(files.filter((file) => /^pages\/[^/]+$/.test(file))).toEqual([]);
  });

  it('has no page importing another, and only app.tsx importing pages', () => {
    const broken = imports.flatMap((found) => {
      const why = violation(found);
      return why ? [`${found.file} → ${found.target}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each([
    [
      'pages/letter/letter-page.tsx',
      'pages/public-letter/hooks/use-public-letter',
      'the letter page must not import the public-letter page',
    ],
    [
      'pages/embed/embed-page.tsx',
      'pages/public-letter/public-letter-page',
      'the embed page must not import the public-letter page',
    ],
    ['components/supporter-form.tsx', 'pages/public-letter/public-letter-page', 'only app.tsx imports pages'],
    ['hooks/use-live-counts.ts', 'pages/letter/graphql', 'only app.tsx imports pages'],
  ])('refuses %s importing %s', (file, target, why) => {
    expect(violation({ file, target })).toBe(why);
  });

  it.each([
    ['app.tsx', 'pages/letter/letter-page'],
    ['pages/letter/dashboard/letter-dashboard.tsx', 'pages/letter/graphql'],
    ['pages/embed/embed-page.tsx', 'components/supporter-form'],
  ])('allows %s importing %s', (file, target) => {
    expect(violation({ file, target })).toBeUndefined();
  });
});
