import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const Erase = graphql(`
  mutation EraseSupporterData($token: String!) {
    eraseSupporterData(token: $token)
  }
`);

/**
 * The link mailed to a supporter to erase their personal data; the count stays.
 * It acts on a button press, not on opening: mail scanners that follow links must not erase on a
 * supporter's behalf.
 */
export function EraseDataPage() {
  const token = useLinkToken();
  const [sure, setSure] = useState(false);
  const [result, erase] = useMutation(Erase);
  const intl = useIntl();
  return (
    <>
      <PageTitle>
        <FormattedMessage id="links.erase.title" defaultMessage="Erase your data" />
      </PageTitle>
      {result.data ? (
        <Notice>
          <FormattedMessage
            id="links.erase.done"
            defaultMessage="Your name, email address, postcode and IP address are erased. The count stays as it was."
          />
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void erase({ token });
          }}
        >
          <p>
            <FormattedMessage
              id="links.erase.intro"
              defaultMessage="This erases your name, email address, postcode and IP address everywhere on Undersigned. The number of supporters stays as it was. It cannot be undone."
            />
          </p>
          <div className="check">
            <input
              id="erase-sure"
              type="checkbox"
              required
              checked={sure}
              onChange={(e) => setSure(e.target.checked)}
            />
            <label htmlFor="erase-sure">
              <FormattedMessage id="links.erase.sure" defaultMessage="I understand that this cannot be undone." />
            </label>
          </div>
          <ErrorNote
            error={result.error}
            words={{
              NOT_FOUND: intl.formatMessage({
                id: 'links.expired',
                defaultMessage: 'This link is not valid any more, or was already used to erase your data.',
              }),
            }}
          />
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="links.erase.erasing" defaultMessage="Erasing…" />}
          >
            <FormattedMessage id="links.erase.submit" defaultMessage="Erase my data" />
          </Submit>
        </form>
      )}
    </>
  );
}
