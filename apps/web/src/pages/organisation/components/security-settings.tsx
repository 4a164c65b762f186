import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote, Notice, Submit } from '../../../ui';
import { SetOrganisationSecurity } from '../graphql';

/** For OWNERs: how members must have signed in to act for the organisation. */
export function SecuritySettings({
  organisationId,
  requireTwoFactor,
  requirePhishingResistant,
}: {
  organisationId: string;
  requireTwoFactor: boolean;
  requirePhishingResistant: boolean;
}) {
  const intl = useIntl();
  const [twoFactor, setTwoFactor] = useState(requireTwoFactor);
  const [phishingResistant, setPhishingResistant] = useState(requirePhishingResistant);
  const [result, save] = useMutation(SetOrganisationSecurity);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save({ organisationId, requireTwoFactor: twoFactor, requirePhishingResistant: phishingResistant });
  }

  return (
    <section aria-labelledby="security-heading">
      <h2 id="security-heading">
        <FormattedMessage id="passkey.security.heading" defaultMessage="Sign-in security" />
      </h2>
      <form onSubmit={submit} className="card">
        <div className="check">
          <input
            id="security-two-factor"
            type="checkbox"
            checked={twoFactor}
            onChange={(e) => setTwoFactor(e.target.checked)}
          />
          <label htmlFor="security-two-factor">
            <FormattedMessage
              id="passkey.security.twoFactor"
              defaultMessage="Members act for the organisation only when signed in with two-factor sign-in (a code or a passkey)"
            />
          </label>
        </div>
        <div className="check">
          <input
            id="security-phishing-resistant"
            type="checkbox"
            checked={phishingResistant}
            onChange={(e) => setPhishingResistant(e.target.checked)}
          />
          <label htmlFor="security-phishing-resistant">
            <FormattedMessage
              id="passkey.security.phishingResistant"
              defaultMessage="Members act for the organisation only when signed in with a passkey (cannot be phished)"
            />
          </label>
        </div>
        <p className="hint">
          <FormattedMessage
            id="passkey.security.hint"
            defaultMessage="Members signed in otherwise can still read, but not act or see who signed unnamed."
          />
        </p>
        <ErrorNote
          error={result.error}
          words={{
            FORBIDDEN: intl.formatMessage({
              id: 'passkey.security.forbidden',
              defaultMessage:
                'This needs the OWNER role, in a session that meets the organisation’s current requirement.',
            }),
          }}
        />
        {result.data && !result.fetching && (
          <Notice>
            <FormattedMessage id="passkey.security.saved" defaultMessage="The sign-in requirement is saved." />
          </Notice>
        )}
        <Submit busy={result.fetching}>
          <FormattedMessage id="passkey.security.save" defaultMessage="Save the sign-in requirement" />
        </Submit>
      </form>
    </section>
  );
}
