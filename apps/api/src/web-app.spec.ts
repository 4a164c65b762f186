import { NodeEnv } from '@undersigned/common';
import { PSEUDO_LOCALE_META, withPseudoLocale } from './web-app';

const INDEX = '<!doctype html><html lang="en"><head><title>Undersigned</title><!--og--></head><body></body></html>';

describe('the right-to-left pseudo-locale of the web app', () => {
  it('is allowed by the page in development and tests', () => {
    for (const env of [NodeEnv.DEVELOPMENT, NodeEnv.TEST]) {
      const page = withPseudoLocale(INDEX, env);
      expect(page).toContain(`<meta name="${PSEUDO_LOCALE_META}" content="en-XB">`);
      expect(page.indexOf(PSEUDO_LOCALE_META)).toBeLessThan(page.indexOf('</head>'));
    }
  });

  it('is never offered in production', () => {
    expect(withPseudoLocale(INDEX, NodeEnv.PRODUCTION)).toBe(INDEX);
  });
});
