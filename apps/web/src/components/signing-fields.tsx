import { useId } from 'react';
import type { SigningFieldsState } from '../hooks/use-signing-fields';
import { Field, TextArea } from '../ui';

/**
 * The fields an organisation without an account signs with: its name, country and website, the
 * signer, named or unnamed, minor edits, an optional comment (folded away) and their authority;
 * with `withEmail`, first the address the confirmation link goes to. Each error sits beside its
 * field, which it describes (aria-describedby).
 */
export function SigningFields({ fields, withEmail = false }: { fields: SigningFieldsState; withEmail?: boolean }) {
  const { form, set, flags, check, errors } = fields;
  const id = useId();
  return (
    <>
      {withEmail && (
        <Field
          label="Your email"
          hint="We mail you a link to confirm. An address at your organisation’s website shows it as verified."
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
        label="Your organisation’s name"
        required
        autoComplete="organization"
        value={form.organisationName}
        onChange={set('organisationName')}
        error={errors.organisationName}
      />
      <Field
        label="Country (optional)"
        hint="A two-letter code such as KE, or a region name."
        autoComplete="country"
        value={form.country}
        onChange={set('country')}
        error={errors.country}
      />
      <Field
        label="Website (optional)"
        hint="If your address is at its domain, your organisation is shown as verified."
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://"
        value={form.website}
        onChange={set('website')}
        error={errors.website}
      />
      <Field
        label="Your name"
        required
        autoComplete="name"
        value={form.signerName}
        onChange={set('signerName')}
        error={errors.signerName}
      />
      <Field
        label="Your title"
        required
        autoComplete="organization-title"
        value={form.signerTitle}
        onChange={set('signerTitle')}
        error={errors.signerTitle}
      />
      <div className="check">
        <input id={`${id}-anonymous`} type="checkbox" checked={flags.anonymous} onChange={check('anonymous')} />
        <label htmlFor={`${id}-anonymous`}>
          Sign without being named: only the lead organisations will know; the public sees a count.
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
          Stay signed if the leads fix typos (at most 5 words, no number or short word changed); you are mailed each
          edit and can object with one click.
        </label>
      </div>
      <details>
        <summary>Add a comment for the lead organisations (optional)</summary>
        <TextArea label="Comment" rows={3} value={form.comment} onChange={set('comment')} />
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
        <label htmlFor={`${id}-authorised`}>I am authorised to sign for this organisation.</label>
      </div>
      {errors.authorised && (
        <p id={`${id}-authorised-error`} className="error">
          {errors.authorised}
        </p>
      )}
    </>
  );
}
