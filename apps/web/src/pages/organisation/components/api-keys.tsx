import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, Field, formatDate, Notice, Submit } from '../../../ui';
import { useApiKeys } from '../hooks/use-api-keys';

/**
 * The organisation's API keys (for CRMs such as Action Network, through OSDI): its OWNERs and
 * COORDINATORs see them; OWNERs make one (its token shown once, with a copy button) and revoke them.
 */
export function ApiKeys({ organisationId, owner }: { organisationId: string; owner: boolean }) {
  const intl = useIntl();
  const { keys, name, setName, token, dismissToken, created, revoked, submit, revokeKey } = useApiKeys(organisationId);
  const [copied, setCopied] = useState(false);

  async function copy(value: string) {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  }

  return (
    <section aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">
        <FormattedMessage id="keys.heading" defaultMessage="API keys" />
      </h2>
      <p>
        <FormattedMessage
          id="keys.about"
          defaultMessage="A key lets a CRM (Action Network, Zapier…) read the letters you lead over OSDI at /osdi/v1, and act for the organisation as a coordinator. It never manages members, keys or security."
        />
      </p>
      {keys.length === 0 ? (
        <p>
          <FormattedMessage id="keys.none" defaultMessage="No API keys yet." />
        </p>
      ) : (
        <ul className="api-keys">
          {keys.map((key) => (
            <li key={key.id}>
              <FormattedMessage
                id="keys.item"
                defaultMessage="{name} · created {created} · {lastUsed}"
                values={{
                  name: <strong>{key.name}</strong>,
                  created: formatDate(key.createdAt),
                  lastUsed: key.lastUsedAt
                    ? intl.formatMessage(
                        { id: 'keys.lastUsed', defaultMessage: 'last used {when}' },
                        { when: formatDate(key.lastUsedAt) },
                      )
                    : intl.formatMessage({ id: 'keys.neverUsed', defaultMessage: 'never used' }),
                }}
              />
              {owner && (
                <button
                  type="button"
                  className="secondary"
                  style={{ marginInlineStart: '0.5em' }}
                  disabled={revoked.fetching}
                  onClick={() => {
                    const question = intl.formatMessage(
                      {
                        id: 'keys.revokeConfirm',
                        defaultMessage: 'Revoke the key “{name}”? Whatever uses it stops working at once.',
                      },
                      { name: key.name },
                    );
                    if (confirm(question)) void revokeKey(key.id);
                  }}
                >
                  <FormattedMessage id="keys.revoke" defaultMessage="Revoke" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={revoked.error} />
      {token && (
        <div className="card" role="region" aria-labelledby="api-key-token-heading">
          <h3 id="api-key-token-heading">
            <FormattedMessage id="keys.token.heading" defaultMessage="Your new key" />
          </h3>
          <p>
            <FormattedMessage
              id="keys.token.once"
              defaultMessage="Copy it now: it is shown this once and cannot be seen again."
            />
          </p>
          <p>
            <code className="api-key-token" dir="ltr">
              {token}
            </code>
          </p>
          <button type="button" onClick={() => void copy(token)}>
            <FormattedMessage id="keys.token.copy" defaultMessage="Copy" />
          </button>
          <button
            type="button"
            className="secondary"
            style={{ marginInlineStart: '0.5em' }}
            onClick={() => {
              setCopied(false);
              dismissToken();
            }}
          >
            <FormattedMessage id="keys.token.done" defaultMessage="Done" />
          </button>
          {copied && (
            <Notice>
              <FormattedMessage id="keys.token.copied" defaultMessage="Copied." />
            </Notice>
          )}
        </div>
      )}
      {owner && (
        <form className="card" onSubmit={submit}>
          <Field
            label={intl.formatMessage({ id: 'keys.name', defaultMessage: 'What the key is for' })}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <ErrorNote error={created.error} />
          <Submit busy={created.fetching}>
            <FormattedMessage id="keys.create" defaultMessage="Create key" />
          </Submit>
        </form>
      )}
    </section>
  );
}
