import { useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { OrganisationRole, WebhookEvent } from '../../../gql/graphql';
import { ErrorNote, Field, formatDate, Notice, Submit } from '../../../ui';
import { useWebhooks, WEBHOOK_EVENTS } from '../hooks/use-webhooks';

const EVENT_MESSAGES = defineMessages<WebhookEvent>({
  ENDORSEMENT_SIGNED: { id: 'hooks.event.endorsementSigned', defaultMessage: 'An organisation signed' },
  ENDORSEMENT_WITHDRAWN: { id: 'hooks.event.endorsementWithdrawn', defaultMessage: 'An organisation withdrew' },
  ENDORSEMENT_NEEDS_RECONFIRMATION: {
    id: 'hooks.event.endorsementNeedsReconfirmation',
    defaultMessage: 'A signature needs re-confirming',
  },
  LETTER_OPENED: { id: 'hooks.event.letterOpened', defaultMessage: 'A letter opened' },
  LETTER_CLOSED: { id: 'hooks.event.letterClosed', defaultMessage: 'A letter closed' },
  LETTER_DELIVERED: { id: 'hooks.event.letterDelivered', defaultMessage: 'A letter was delivered' },
  DELIVERY_CHANGED: { id: 'hooks.event.deliveryChanged', defaultMessage: 'A delivery changed' },
  SUPPORTER_CONFIRMED: { id: 'hooks.event.supporterConfirmed', defaultMessage: 'A supporter confirmed' },
});

const STATUS_MESSAGES = defineMessages({
  PENDING: { id: 'hooks.status.pending', defaultMessage: 'waiting' },
  SENDING: { id: 'hooks.status.sending', defaultMessage: 'sending' },
  SUCCEEDED: { id: 'hooks.status.succeeded', defaultMessage: 'delivered' },
  FAILED: { id: 'hooks.status.failed', defaultMessage: 'failed' },
});

/** Copies a text to the clipboard, and says so. */
function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? (
        <FormattedMessage id="hooks.copied" defaultMessage="Copied" />
      ) : (
        <FormattedMessage id="hooks.copy" defaultMessage="Copy" />
      )}
    </button>
  );
}

/**
 * An OWNER's or COORDINATOR's webhooks: each receiver with its events and latest deliveries (sent
 * again on request), made here with the secret shown once, and deleted.
 */
export function Webhooks({ organisationId, role }: { organisationId: string; role: OrganisationRole | undefined }) {
  return role === 'OWNER' || role === 'COORDINATOR' ? <WebhooksPanel organisationId={organisationId} /> : null;
}

function WebhooksPanel({ organisationId }: { organisationId: string }) {
  const intl = useIntl();
  const state = useWebhooks(organisationId);
  const made = state.created.data?.createWebhook;
  return (
    <section aria-labelledby="webhooks-heading" className="webhooks">
      <h2 id="webhooks-heading">
        <FormattedMessage id="hooks.heading" defaultMessage="Webhooks" />
      </h2>
      <p>
        <FormattedMessage
          id="hooks.intro"
          defaultMessage="Your systems hear of signatures, supporters and deliveries as they happen, signed by the Standard Webhooks rules so they can check each call came from us."
        />
      </p>
      {(state.hooks ?? []).map((hook) => (
        <article className="card" key={hook.id} aria-label={hook.url}>
          <p>
            <bdi className="webhook-url">{hook.url}</bdi>
            {hook.enabled ? (
              <FormattedMessage id="hooks.enabled" defaultMessage="(on)" />
            ) : (
              <FormattedMessage id="hooks.disabled" defaultMessage="(off: the receiver answered that it is gone)" />
            )}
          </p>
          <p>{hook.events.map((event) => intl.formatMessage(EVENT_MESSAGES[event])).join(' · ')}</p>
          {hook.deliveries.length === 0 ? (
            <p>
              <FormattedMessage id="hooks.noDeliveries" defaultMessage="Nothing sent yet." />
            </p>
          ) : (
            <ul className="webhook-deliveries">
              {hook.deliveries.map((delivery) => (
                <li key={delivery.id}>
                  <FormattedMessage
                    id="hooks.delivery"
                    defaultMessage="{event}: {status}, {attempts, plural, one {# attempt} other {# attempts}}{code, select, none {} other { (HTTP {code})}} · {date}"
                    values={{
                      event: intl.formatMessage(EVENT_MESSAGES[delivery.event]),
                      status: intl.formatMessage(
                        STATUS_MESSAGES[delivery.status as keyof typeof STATUS_MESSAGES] ?? STATUS_MESSAGES.PENDING,
                      ),
                      attempts: delivery.attempts,
                      code: delivery.lastStatusCode === null ? 'none' : String(delivery.lastStatusCode),
                      date: formatDate(delivery.createdAt),
                    }}
                  />
                  <button
                    type="button"
                    disabled={state.redelivered.fetching || !hook.enabled}
                    onClick={() => void state.redeliverCall(delivery.id)}
                  >
                    <FormattedMessage id="hooks.redeliver" defaultMessage="Redeliver" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" disabled={state.deleted.fetching} onClick={() => void state.removeHook(hook.id)}>
            <FormattedMessage id="hooks.delete" defaultMessage="Delete this webhook" />
          </button>
        </article>
      ))}
      <ErrorNote error={state.redelivered.error ?? state.deleted.error} />
      <form className="card" onSubmit={state.submit}>
        <Field
          label={intl.formatMessage({ id: 'hooks.url', defaultMessage: 'Receiver URL (https://…)' })}
          type="url"
          required
          value={state.url}
          onChange={(e) => state.setUrl(e.target.value)}
        />
        <fieldset>
          <legend>
            <FormattedMessage id="hooks.events" defaultMessage="Events to send" />
          </legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="checkbox">
              <input
                type="checkbox"
                checked={state.events.includes(event)}
                onChange={(e) => state.toggle(event, e.target.checked)}
              />
              {intl.formatMessage(EVENT_MESSAGES[event])}
            </label>
          ))}
        </fieldset>
        <ErrorNote error={state.created.error} />
        <Submit busy={state.created.fetching}>
          <FormattedMessage id="hooks.create" defaultMessage="Add webhook" />
        </Submit>
      </form>
      {made && (
        <Notice>
          <FormattedMessage
            id="hooks.secretOnce"
            defaultMessage="The signing secret for {url}, shown this once: keep it in your receiver now."
            values={{ url: <bdi>{made.webhook.url}</bdi> }}
          />
          <code className="webhook-secret">{made.secret}</code>
          <CopyButton text={made.secret} />
          <FormattedMessage
            id="hooks.publicKey"
            defaultMessage="Public key for Ed25519 (v1a) signatures: {key}"
            values={{ key: <code>{made.webhook.publicKey}</code> }}
          />
        </Notice>
      )}
    </section>
  );
}
