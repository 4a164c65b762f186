import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const ObjectToMinorEdit = graphql(`
  mutation ObjectToMinorEdit($token: String!) {
    objectToMinorEdit(token: $token)
  }
`);

/**
 * The link mailed to an organisation kept signed through a minor edit. It acts on a button press,
 * not on opening: mail scanners that follow links must not set an endorsement aside.
 */
export function MinorEditObjectionPage() {
  const token = useLinkToken();
  const [result, object] = useMutation(ObjectToMinorEdit);
  const intl = useIntl();
  const title = <FormattedMessage id="signing.minorEdit.title" defaultMessage="This changes what we signed" />;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {result.data?.objectToMinorEdit ? (
        <Notice>
          <FormattedMessage
            id="signing.minorEdit.done"
            defaultMessage="Your organisation’s endorsement is set aside: it is no longer listed or counted until you read the new text and sign it again from the letter’s page."
          />
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void object({ token });
          }}
        >
          <p>
            <FormattedMessage
              id="signing.minorEdit.intro"
              defaultMessage="Your organisation agreed to stay signed through minor edits, and the letter was edited since you signed. If the edit changes what you signed, press the button: your endorsement will wait for you to re-confirm the new text, and the letter’s leads see that it does."
            />
          </p>
          <ErrorNote
            error={result.error}
            words={{
              NOT_FOUND: intl.formatMessage({
                id: 'signing.minorEdit.error.NOT_FOUND',
                defaultMessage: 'This link is not valid, or was already used.',
              }),
              INVALID_STATE: intl.formatMessage({
                id: 'signing.minorEdit.error.INVALID_STATE',
                defaultMessage:
                  'This can no longer be done: the letter was delivered, or your endorsement changed since this mail.',
              }),
            }}
          />
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="signing.minorEdit.settingAside" defaultMessage="Setting aside…" />}
          >
            {title}
          </Submit>
        </form>
      )}
    </>
  );
}
