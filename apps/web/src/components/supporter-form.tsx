import { useId } from 'react';
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
  if (!petition?.acceptSupporters) return null;

  if (result.data?.signPetition) {
    return (
      <section className="card" aria-labelledby={`${idBase}-done`}>
        <h2 id={`${idBase}-done`}>Check your email</h2>
        <Notice>
          We sent a link to <bdi>{form.email}</bdi>. Your name counts once you open it and confirm.
        </Notice>
      </section>
    );
  }
  return (
    <section className="card supporter-form" aria-labelledby={`${idBase}-heading`}>
      <h2 id={`${idBase}-heading`}>Add your name</h2>
      <form onSubmit={submit}>
        <Field label="Your name" autoComplete="name" required value={form.name} onChange={set('name')} />
        <Field
          label="Your email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
        />
        <Field
          label="Country (optional)"
          hint="A two-letter code such as GB."
          autoComplete="country"
          value={form.country}
          onChange={set('country')}
        />
        {petition.askPostcode && (
          <Field
            label="Postcode"
            autoComplete="postal-code"
            required
            value={form.postcode}
            onChange={set('postcode')}
          />
        )}
        <TextArea label="Comment (optional)" rows={2} value={form.comment} onChange={set('comment')} />
        {petition.minimumAge ? (
          <div className="check">
            <input
              id={`${idBase}-age`}
              type="checkbox"
              required
              checked={ageConfirmed}
              onChange={(e) => setAgeConfirmed(e.target.checked)}
            />
            <label htmlFor={`${idBase}-age`}>I am at least {petition.minimumAge} years old.</label>
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
            <label htmlFor={`${idBase}-show`}>Show my name with the letter.</label>
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
            BAD_USER_INPUT: 'Please check your email address, postcode and age confirmation.',
            INVALID_STATE: 'This letter is no longer collecting names.',
            RATE_LIMITED: 'Too many signatures from your connection. Please try again later.',
          }}
        />
        <Submit busy={result.fetching} busyText="Sending…">
          Sign
        </Submit>
      </form>
    </section>
  );
}
