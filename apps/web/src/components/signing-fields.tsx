import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SigningFieldsState } from '../hooks/use-signing-fields';
import { Field, TextArea } from '../ui';

// The scheme a website address starts with: the same in every language.
const URL_PLACEHOLDER = 'https://';

/**
 * The fields an organisation without an account signs with: its name, country and website, the
 * signer, named or unnamed, minor edits, an optional comment (folded away) and their authority;
 * with `withEmail`, first the address the confirmation link goes to. Each error sits beside its
 * field, which it describes (aria-describedby).
 */
export function SigningFields({ fields, withEmail = false }: { fields: SigningFieldsState; withEmail?: boolean }) {
  const { form, set, flags, check, errors } = fields;
  const id = useId();
  const intl = useIntl();
  return (
    <>
      {withEmail && (
        <Field
          label={intl.formatMessage({ id: 'signingFields.email', defaultMessage: 'Your email' })}
          hint={intl.formatMessage({
            id: 'signingFields.emailHint',
            defaultMessage:
              'We mail you a link to confirm. An address at your organisation’s website shows it as verified.',
          })}
          type="email"
          inputMode="email"
          required
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={errors.email}
        />
      )}
      <Field
        label={intl.formatMessage({ id: 'signingFields.organisationName', defaultMessage: 'Your organisation’s name' })}
        required
        autoComplete="organization"
        value={form.organisationName}
        onChange={set('organisationName')}
        error={errors.organisationName}
      />
      <Field
        label={intl.formatMessage({ id: 'signingFields.country', defaultMessage: 'Country (optional)' })}
        hint={intl.formatMessage({
          id: 'signingFields.countryHint',
          defaultMessage: 'A two-letter code such as KE, or a region name.',
        })}
        autoComplete="country"
        value={form.country}
        onChange={set('country')}
        error={errors.country}
      />
      <Field
        label={intl.formatMessage({ id: 'signingFields.website', defaultMessage: 'Website (optional)' })}
        hint={intl.formatMessage({
          id: 'signingFields.websiteHint',
          defaultMessage: 'If your address is at its domain, your organisation is shown as verified.',
        })}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder={URL_PLACEHOLDER}
        value={form.website}
        onChange={set('website')}
        error={errors.website}
      />
      <Field
        label={intl.formatMessage({ id: 'signingFields.signerName', defaultMessage: 'Your name' })}
        required
        autoComplete="name"
        value={form.signerName}
        onChange={set('signerName')}
        error={errors.signerName}
      />
      <Field
        label={intl.formatMessage({ id: 'signingFields.signerTitle', defaultMessage: 'Your title' })}
        required
        autoComplete="organization-title"
        value={form.signerTitle}
        onChange={set('signerTitle')}
        error={errors.signerTitle}
      />
      <div className="check">
        <input id={`${id}-anonymous`} type="checkbox" checked={flags.anonymous} onChange={check('anonymous')} />
        <label htmlFor={`${id}-anonymous`}>
          <FormattedMessage
            id="signingFields.anonymous"
            defaultMessage="Sign without being named: only the lead organisations will know; the public sees a count."
          />
        </label>
      </div>
      <div className="check">
        <input
          id={`${id}-minor`}
          type="checkbox"
          checked={flags.acceptMinorEdits}
          onChange={check('acceptMinorEdits')}
        />
        <label htmlFor={`${id}-minor`}>
          <FormattedMessage
            id="signingFields.acceptMinorEdits"
            defaultMessage="Stay signed if the leads fix typos (at most 5 words, no number or short word changed); you are mailed each edit and can object with one click."
          />
        </label>
      </div>
      <details>
        <summary>
          <FormattedMessage
            id="signingFields.commentSummary"
            defaultMessage="Add a comment for the lead organisations (optional)"
          />
        </summary>
        <TextArea
          label={intl.formatMessage({ id: 'signingFields.comment', defaultMessage: 'Comment' })}
          rows={3}
          value={form.comment}
          onChange={set('comment')}
        />
      </details>
      <div className="check">
        <input
          id={`${id}-authorised`}
          type="checkbox"
          required
          checked={flags.authorised}
          onChange={check('authorised')}
          aria-invalid={errors.authorised ? true : undefined}
          aria-describedby={errors.authorised ? `${id}-authorised-error` : undefined}
        />
        <label htmlFor={`${id}-authorised`}>
          <FormattedMessage
            id="signingFields.authorised"
            defaultMessage="I am authorised to sign for this organisation."
          />
        </label>
      </div>
      {errors.authorised && (
        <p id={`${id}-authorised-error`} className="error">
          {errors.authorised}
        </p>
      )}
    </>
  );
}
