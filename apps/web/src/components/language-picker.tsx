import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { AVAILABLE_LOCALES } from '../i18n/catalogs';
import { useChooseLocale } from '../i18n/locale-root';

/** Each language by its own name ("简体中文"), as a reader looks for it. */
function autonym(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The header's choice of language, kept for the reader's next visits. */
export function LanguagePicker() {
  const intl = useIntl();
  const choose = useChooseLocale();
  const id = useId();
  return (
    <span className="language-picker">
      <label htmlFor={id}>
        <FormattedMessage id="languagePicker.label" defaultMessage="Language" />
      </label>
      <select id={id} value={intl.locale} onChange={(event) => choose(event.target.value)}>
        {!AVAILABLE_LOCALES.includes(intl.locale) && <option value={intl.locale}>{intl.locale}</option>}
        {AVAILABLE_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {autonym(locale)}
          </option>
        ))}
      </select>
    </span>
  );
}
