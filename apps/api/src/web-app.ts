import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, ErrorCode, NodeEnv, type AppConfig } from '@undersigned/common';
import { canonicalLanguageTag, LetterPolicy, LetterVersion, TranslationsService } from '@undersigned/letters';

/** The supporter form alone, which partners' sites may frame. */
const EMBED_PATH = /^\/embed\/[^/]+$/;

/** The app's pages: the server answers these paths with index.html, the browser routes them. */
const APP_PATHS = [
  /^\/$/,
  /^\/l\/[^/]+$/,
  EMBED_PATH,
  /^\/signatures\/(confirm|withdraw|erase)$/,
  /^\/minor-edits\/object$/,
  // A guest signer's manage link (MANAGE_PATH in endorsements).
  /^\/endorsements\/manage$/,
  // An open sign-on's confirmation link (CONFIRM_SIGN_ON_PATH in endorsements).
  /^\/sign-on\/confirm$/,
  /^\/(signin|signup|verify-email|forgot-password|reset-password|confirm-email-change|account)$/,
  /^\/invitations\/(letter|membership)$/,
  /^\/organisations\/[^/.]+$/,
  // Mails link to /letters/:slug (the PDF and CSV routes beside it all have a file extension).
  /^\/letters\/[^/.]+$/,
];

/** What the app's pages may load: only this origin's own scripts, styles and API. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // 'self' covers the same origin's ws:/wss: (the GraphQL subscriptions) in CSP Level 3.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [...CSP, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  // Email links carry tokens in their query string: never hand them to another site.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cache-Control': 'no-cache',
};

/** /embed/:slug goes into partners' iframes: any site may frame it (it holds no session). */
const EMBED_HEADERS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PAGE_HEADERS).filter(([name]) => name !== 'X-Frame-Options')),
  'Content-Security-Policy': [...CSP, 'frame-ancestors *'].join('; '),
  'Cross-Origin-Opener-Policy': 'unsafe-none',
};

/** The meta tag by which a page allows the web app's right-to-left pseudo-locale (apps/web/src/i18n/locale.ts). */
export const PSEUDO_LOCALE_META = 'undersigned:pseudo-locale';

/**
 * index.html allowing the right-to-left pseudo-locale (`?lang=en-XB`, for layout tests), except in
 * production: there no address shows readers the mirrored, bracketed test catalog.
 */
export function withPseudoLocale(index: string, nodeEnv: NodeEnv): string {
  if (nodeEnv === NodeEnv.PRODUCTION) return index;
  return index.replace('</head>', () => `<meta name="${PSEUDO_LOCALE_META}" content="en-XB">\n  </head>`);
}

/** The project's root: the nearest folder up with a package.json (from apps/ in ts-node, dist/apps/ built). */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
  return dir;
}

export function webRoot(): string {
  return join(projectRoot(__dirname), 'dist', 'web');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The first words of a Markdown body as plain text, for a link preview (linear in the prefix read). */
export function plainExcerpt(markdown: string, max = 200): string {
  const text = markdown
    .slice(0, 2000)
    .replace(/^[ \t]*>+/gm, ' ')
    .replace(/[#*_`~[\]()!|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

interface Asset {
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  type: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The built assets (hashed names, compressed at build time), read once at start. */
function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.br') || name.endsWith('.gz')) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const ext = name.slice(name.lastIndexOf('.'));
    assets.set(name, {
      body: readFileSync(path),
      br: existsSync(`${path}.br`) ? readFileSync(`${path}.br`) : undefined,
      gzip: existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`) : undefined,
      type: TYPES[ext] ?? 'application/octet-stream',
    });
  }
  return assets;
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  res.setHeader('Content-Type', asset.type);
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Vary', 'Accept-Encoding');
  let body = asset.body;
  if (asset.br && /\bbr\b/.test(accepts)) {
    res.setHeader('Content-Encoding', 'br');
    body = asset.br;
  } else if (asset.gzip && /\bgzip\b/.test(accepts)) {
    res.setHeader('Content-Encoding', 'gzip');
    body = asset.gzip;
  }
  res.setHeader('Content-Length', String(body.length));
  res.status(200).end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the web app (dist/web, built by `npm run build:web`) from the API process: the hashed
 * assets under /assets/, and index.html for the app's pages, with link-preview tags filled in for a
 * public letter's page. Everything else (GraphQL, /health, /verify, /letters/*.pdf, /.well-known,
 * /ack) stays with the API's own routes. Without a build, the API runs alone.
 */
export function serveWebApp(app: INestApplication): void {
  const root = webRoot();
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) return;
  const index = withPseudoLocale(readFileSync(indexPath, 'utf8'), app.get<AppConfig>(APP_CONFIG).nodeEnv);
  const assets = loadAssets(join(root, 'assets'));
  const http = app.getHttpAdapter().getInstance() as {
    use(handler: (req: Request, res: Response, next: NextFunction) => void): void;
  };

  http.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = req.path;
    if (path.startsWith('/assets/')) {
      const asset = assets.get(path.slice('/assets/'.length));
      if (asset) return sendAsset(req, res, asset);
      return next();
    }
    if (!APP_PATHS.some((pattern) => pattern.test(path))) return next();
    void page(app, index, path, typeof req.query.lang === 'string' ? req.query.lang : undefined)
      .then(({ status, html }) => {
        res
          .status(status)
          .set(EMBED_PATH.test(path) ? EMBED_HEADERS : PAGE_HEADERS)
          .type('html')
          .send(html);
      })
      .catch(next);
  });
}

const APP_DESCRIPTION =
  '<meta name="description" content="Undersigned: organisations draft a joint letter together, co-sign its exact text and deliver it, with every delivery and reply tracked.">';

/**
 * index.html, with a public letter's title and first words as Open Graph tags: in the language
 * `?lang=` asks for when the letter has an APPROVED translation into it, and `hreflang` alternates
 * for the original and each approved translation.
 */
async function page(
  app: INestApplication,
  index: string,
  path: string,
  lang: string | undefined,
): Promise<{ status: number; html: string }> {
  const slug = /^\/l\/([^/]+)$/.exec(path)?.[1];
  // The app's own pages (sign-in, password reset, account ...) say what the site is.
  const general = (): string => index.replace('<!--og-->', () => APP_DESCRIPTION);
  if (!slug) return { status: 200, html: general() };
  const preview = await letterPreview(app, decodedOrNull(slug), lang === undefined ? null : canonicalLanguageTag(lang));
  if (!preview) return { status: 404, html: general() };
  // The configured public address, never the request's Host header (which the client chooses).
  const base = `${app.get<AppConfig>(APP_CONFIG).publicUrl.replace(/\/+$/, '')}${path}`;
  const urlIn = (language: string): string =>
    language === preview.original ? base : `${base}?lang=${encodeURIComponent(language)}`;
  const url = urlIn(preview.language);
  const alternates = preview.translations.length
    ? [preview.original, ...preview.translations].map(
        (language) => `<link rel="alternate" hreflang="${escapeHtml(language)}" href="${escapeHtml(urlIn(language))}">`,
      )
    : [];
  const tags = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="Undersigned">`,
    `<meta property="og:title" content="${escapeHtml(preview.title)}">`,
    `<meta property="og:description" content="${escapeHtml(preview.description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="og:locale" content="${escapeHtml(ogLocale(preview.language))}">`,
    ...[preview.original, ...preview.translations]
      .filter((language) => language !== preview.language)
      .map((language) => `<meta property="og:locale:alternate" content="${escapeHtml(ogLocale(language))}">`),
    `<meta name="twitter:card" content="summary">`,
    `<meta name="description" content="${escapeHtml(preview.description)}">`,
    ...alternates,
    ...(alternates.length ? [`<link rel="alternate" hreflang="x-default" href="${escapeHtml(base)}">`] : []),
  ].join('\n    ');
  // Replacer functions: a replacement string would read `$&`, `$'`... in a title as patterns.
  const html = index
    .replace('<title>Undersigned</title>', () => `<title>${escapeHtml(preview.title)} · Undersigned</title>`)
    .replace('<!--og-->', () => tags);
  return { status: 200, html };
}

/** Open Graph writes a locale with an underscore (zh-Hans: zh_Hans). */
function ogLocale(language: string): string {
  return language.replace(/-/g, '_');
}

/** A path segment decoded, or null when it is not valid percent-encoded UTF-8 (such as %E0). */
function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

interface LetterPreview {
  title: string;
  description: string;
  /** The language of the title and description: the original's, or the approved translation's asked for. */
  language: string;
  original: string;
  /** The languages of the APPROVED translations, by language. */
  translations: string[];
}

/**
 * A letter anyone may read (its public page), in `language` if it has an APPROVED translation into
 * it, or null: what an anonymous reader may not see is not found. DRAFT and OUTDATED translations
 * are on no public surface.
 */
async function letterPreview(
  app: INestApplication,
  slug: string | null,
  language: string | null,
): Promise<LetterPreview | null> {
  if (slug === null || slug.length > 200 || !/^[\p{L}\p{N}-]+$/u.test(slug)) return null;
  const dataSource = app.get(DataSource);
  try {
    const { letter } = await app.get(LetterPolicy).readableWhere(dataSource.manager, null, { slug });
    const version = await dataSource
      .getRepository(LetterVersion)
      .findOneByOrFail({ letterId: letter.id, number: letter.currentVersion });
    const approved = await app.get(TranslationsService).approved(dataSource.manager, letter.id);
    const translation = approved.find((t) => t.language === language);
    const shown = translation ?? version;
    return {
      title: shown.title,
      description: plainExcerpt(shown.body),
      language: translation?.language ?? letter.language,
      original: letter.language,
      translations: approved.map((t) => t.language),
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}
