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

  if (!me.data) return me.error ? <ErrorNote error={me.error} /> : <Loading />;
  const invitation = accepted.data?.acceptInvitation;
  if (invitation) {
    return (
      <Notice>
        Invitation accepted.{' '}
        <Link href={`/letters/${invitation.letter.slug}`}>
          Read and sign “<bdi>{invitation.letter.title}</bdi>”
        </Link>
        .
      </Notice>
    );
  }
  if (signing.length === 0) {
    return (
      <p>Only an organisation’s owners and signatories can answer an invitation. Ask your organisation’s owner.</p>
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
          label="Answer for"
          value={chosen}
          onChange={setOrganisationId}
          options={signing.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
        />
        <ErrorNote
          error={accepted.error}
          words={{ FORBIDDEN: 'This invitation was sent to another address or organisation.' }}
        />
        <Submit busy={accepted.fetching}>Accept and read the letter</Submit>
      </form>
      <DeclineForm token={token} />
    </>
  );
}
