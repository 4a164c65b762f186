import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { ErrorNote, Loading, Notice, Select, Submit } from '../../../ui';
import { AcceptLetterInvitation } from '../graphql';
import { useSigningOrganisations } from '../hooks/use-signing-organisations';
import { DeclineForm } from './decline-form';

/** Accepting the invitation for one of the organisations the person signs for, or declining it. */
export function LetterInvitationForms({ token }: { token: string }) {
  const { me, signing, chosen, setOrganisationId } = useSigningOrganisations();
  const [accepted, accept] = useMutation(AcceptLetterInvitation);
  const intl = useIntl();

  if (!me.data) return me.error ? <ErrorNote error={me.error} /> : <Loading />;
  const invitation = accepted.data?.acceptInvitation;
  if (invitation) {
    return (
      <Notice>
        <FormattedMessage
          id="signing.invitationForms.accepted"
          defaultMessage="Invitation accepted. <link>Read and sign “<bdi>{title}</bdi>”</link>."
          values={{
            title: invitation.letter.title,
            link: (chunks) => <Link href={`/letters/${invitation.letter.slug}`}>{chunks}</Link>,
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          }}
        />
      </Notice>
    );
  }
  if (signing.length === 0) {
    return (
      <p>
        <FormattedMessage
          id="signing.invitationForms.notSigning"
          defaultMessage="Only an organisation’s owners and signatories can answer an invitation. Ask your organisation’s owner."
        />
      </p>
    );
  }
  return (
    <>
      <form
        className="card narrow"
        onSubmit={(event) => {
          event.preventDefault();
          void accept({ token, organisationId: chosen });
        }}
      >
        <Select
          label={intl.formatMessage({ id: 'signing.invitationForms.answerFor', defaultMessage: 'Answer for' })}
          value={chosen}
          onChange={setOrganisationId}
          options={signing.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
        />
        <ErrorNote
          error={accepted.error}
          words={{
            FORBIDDEN: intl.formatMessage({
              id: 'signing.invitationForms.error.FORBIDDEN',
              defaultMessage: 'This invitation was sent to another address or organisation.',
            }),
          }}
        />
        <Submit busy={accepted.fetching}>
          <FormattedMessage id="signing.invitationForms.accept" defaultMessage="Accept and read the letter" />
        </Submit>
      </form>
      <DeclineForm token={token} />
    </>
  );
}
