import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from '@formatjs/icu-messageformat-parser';
import { defineConfig, type Plugin } from 'vite';

const outDir = resolve(import.meta.dirname, '../../dist/web');

/** Brotli and gzip copies of every script and style, which the API serves as they are (apps/api/src/web-app.ts). */
function precompress(): Plugin {
  return {
    name: 'undersigned-precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const body = readFileSync(join(assets, name));
        writeFileSync(
          join(assets, `${name}.br`),
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(join(assets, `${name}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The message catalogs (src/messages/<locale>.json, ICU messages by id) compiled to their syntax trees,
 * still as JSON: the app then needs no ICU parser (it is aliased to the parser-free build below), and a
 * malformed message fails the build.
 */
function precompileMessages(): Plugin {
  return {
    name: 'undersigned-precompile-messages',
    enforce: 'pre',
    transform(source, id) {
      if (!/\/src\/messages\/[^/]+\.json$/.test(id)) return null;
      const catalog = JSON.parse(source) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(catalog).map(([key, message]) => {
          try {
            return [key, parse(message)];
          } catch (error) {
            throw new Error(`${id}: message ${key} is not valid ICU: ${String(error)}`);
          }
        }),
      );
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}

// The web app, built into dist/web and served by the API process.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [precompileMessages(), precompress()],
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      // react-intl marks its modules "use client" for server components; this app renders in the browser only.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } } },
});
