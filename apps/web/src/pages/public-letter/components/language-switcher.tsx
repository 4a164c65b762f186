import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { languageName } from '../../../text-language';

/**
 * Links to the letter in its original and in each approved translation, each named in its own
 * language (with `lang` and `hreflang`), the one shown marked current.
 */
export function LanguageSwitcher({
  slug,
  original,
  languages,
  shown,
}: {
  slug: string;
  original: string;
  languages: string[];
  shown: string;
}) {
  const intl = useIntl();
  if (!languages.length) return null;
  const base = `/l/${encodeURIComponent(slug)}`;
  const entries = [
    { language: original, href: base, isOriginal: true },
    ...languages.map((language) => ({
      language,
      href: `${base}?lang=${encodeURIComponent(language)}`,
      isOriginal: false,
    })),
  ];
  return (
    <nav
      aria-label={intl.formatMessage({ id: 'languageSwitcher.label', defaultMessage: 'Languages of this letter' })}
      className="languages"
      data-testid="language-switcher"
    >
      <ul>
        {entries.map(({ language, href, isOriginal }) => (
          <li key={language}>
            <Link href={href} hrefLang={language} aria-current={language === shown ? 'page' : undefined}>
              <span lang={language} dir="auto">
                {languageName(language)}
              </span>
              {isOriginal && <FormattedMessage id="languageSwitcher.original" defaultMessage=" (original)" />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
