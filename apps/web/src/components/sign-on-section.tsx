import { lazy, Suspense, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import type { SignOnLetterFragment } from '../gql/graphql';
import { Loading } from '../ui';

// The form and its mutation load on the press: the public page's script stays within its budget.
const SignOnForm = lazy(() => import('./sign-on-form').then((m) => ({ default: m.SignOnForm })));

export const SignOnLetterFragmentDoc = graphql(`
  fragment SignOnLetter on Letter {
    id
    status
    openSignOn
    currentVersion {
      id
      number
      contentHash
    }
  }
`);

/**
 * "Sign on for your organisation" on a PUBLIC letter whose leads take signatures by open sign-on
 * (requestToSign): a button that opens the form, shown while the letter is OPEN.
 */
export function SignOnSection({ letter }: { letter: SignOnLetterFragment }) {
  const [opened, setOpened] = useState(false);
  if (!letter.openSignOn || letter.status !== 'OPEN') return null;
  return (
    <section className="card sign-on" aria-labelledby="sign-on-heading">
      <h2 id="sign-on-heading">
        <FormattedMessage id="signOn.heading" defaultMessage="Sign on for your organisation" />
      </h2>
      {opened ? (
        <Suspense fallback={<Loading />}>
          <SignOnForm letter={letter} />
        </Suspense>
      ) : (
        <>
          <p>
            <FormattedMessage
              id="signOn.intro"
              defaultMessage="The lead organisations take signatures from other organisations. We mail you a link to confirm; they approve a signature before it is listed."
            />
          </p>
          <button type="button" aria-expanded="false" onClick={() => setOpened(true)}>
            <FormattedMessage id="signOn.open" defaultMessage="Sign on" />
          </button>
        </>
      )}
    </section>
  );
}
