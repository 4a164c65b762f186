import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import type { PetitionFormFragment } from '../gql/graphql';
import { useSupporterForm } from '../hooks/use-supporter-form';
import { ErrorNote, Field, Notice, Submit, TextArea } from '../ui';

export const PetitionFormFragmentDoc = graphql(`
  fragment PetitionForm on Letter {
    id
    status
    goal
    petition {
      acceptSupporters
      askPostcode
      minimumAge
      consentText
      supporterNames
    }
    counts {
      supporters
    }
  }
`);

/**
 * A member of the public adds their name: the fields the letter asks for (postcode, age), consent
 * to be contacted in the leads' own words, and then a confirmation link by email.
 */
export function SupporterForm({ letter }: { letter: PetitionFormFragment }) {
  const petition = letter.petition;
  const { form, set, ageConfirmed, setAgeConfirmed, consent, setConsent, showName, setShowName, result, submit } =
    useSupporterForm(letter);
  const idBase = useId();
  const intl = useIntl();
  if (!petition?.acceptSupporters) return null;

  if (result.data?.signPetition) {
    return (
      <section className="card" aria-labelledby={`${idBase}-done`}>
        <h2 id={`${idBase}-done`}>
          <FormattedMessage id="supporterForm.sent.heading" defaultMessage="Check your email" />
        </h2>
        <Notice>
          <FormattedMessage
            id="supporterForm.sent.text"
            defaultMessage="We sent a link to <bdi>{email}</bdi>. Your name counts once you open it and confirm."
            values={{ email: form.email, bdi: (chunks) => <bdi>{chunks}</bdi> }}
          />
        </Notice>
      </section>
    );
  }
  return (
    <section className="card supporter-form" aria-labelledby={`${idBase}-heading`}>
      <h2 id={`${idBase}-heading`}>
        <FormattedMessage id="supporterForm.heading" defaultMessage="Add your name" />
      </h2>
      <form onSubmit={submit}>
        <Field
          label={intl.formatMessage({ id: 'supporterForm.name', defaultMessage: 'Your name' })}
          autoComplete="name"
          required
          value={form.name}
          onChange={set('name')}
        />
        <Field
          label={intl.formatMessage({ id: 'supporterForm.email', defaultMessage: 'Your email' })}
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
        />
        <Field
          label={intl.formatMessage({ id: 'supporterForm.country', defaultMessage: 'Country (optional)' })}
          hint={intl.formatMessage({
            id: 'supporterForm.countryHint',
            defaultMessage: 'A two-letter code such as GB.',
          })}
          autoComplete="country"
          value={form.country}
          onChange={set('country')}
        />
        {petition.askPostcode && (
          <Field
            label={intl.formatMessage({ id: 'supporterForm.postcode', defaultMessage: 'Postcode' })}
            autoComplete="postal-code"
            required
            value={form.postcode}
            onChange={set('postcode')}
          />
        )}
        <TextArea
          label={intl.formatMessage({ id: 'supporterForm.comment', defaultMessage: 'Comment (optional)' })}
          rows={2}
          value={form.comment}
          onChange={set('comment')}
        />
        {petition.minimumAge ? (
          <div className="check">
            <input
              id={`${idBase}-age`}
              type="checkbox"
              required
              checked={ageConfirmed}
              onChange={(e) => setAgeConfirmed(e.target.checked)}
            />
            <label htmlFor={`${idBase}-age`}>
              <FormattedMessage
                id="supporterForm.age"
                defaultMessage="{age, plural, one {I am at least # year old.} other {I am at least # years old.}}"
                values={{ age: petition.minimumAge }}
              />
            </label>
          </div>
        ) : null}
        {petition.supporterNames === 'LISTED' && (
          <div className="check">
            <input
              id={`${idBase}-show`}
              type="checkbox"
              checked={showName}
              onChange={(e) => setShowName(e.target.checked)}
            />
            <label htmlFor={`${idBase}-show`}>
              <FormattedMessage id="supporterForm.showName" defaultMessage="Show my name with the letter." />
            </label>
          </div>
        )}
        {petition.consentText && (
          <div className="check">
            <input
              id={`${idBase}-consent`}
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <label htmlFor={`${idBase}-consent`} dir="auto">
              {petition.consentText}
            </label>
          </div>
        )}
        <ErrorNote
          error={result.error}
          words={{
            BAD_USER_INPUT: intl.formatMessage({
              id: 'supporterForm.error.BAD_USER_INPUT',
              defaultMessage: 'Please check your email address, postcode and age confirmation.',
            }),
            INVALID_STATE: intl.formatMessage({
              id: 'supporterForm.error.INVALID_STATE',
              defaultMessage: 'This letter is no longer collecting names.',
            }),
            RATE_LIMITED: intl.formatMessage({
              id: 'supporterForm.error.RATE_LIMITED',
              defaultMessage: 'Too many signatures from your connection. Please try again later.',
            }),
          }}
        />
        <Submit busy={result.fetching} busyText={<FormattedMessage id="ui.sending" defaultMessage="Sending…" />}>
          <FormattedMessage id="supporterForm.submit" defaultMessage="Sign" />
        </Submit>
      </form>
    </section>
  );
}
