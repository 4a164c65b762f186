import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { Deliver } from '../graphql';
import { DeliveryItem, type DeliveryRow } from './delivery-item';
import { TranslationsLeftOut } from './translations';

/** Delivering the letter (which freezes it), then each recipient's delivery; `onChange` hears a delivery made. */
export function Deliveries({
  letter,
  deliveries,
  onChange,
}: {
  letter: WorkspaceLetter;
  deliveries: DeliveryRow[];
  onChange: () => void;
}) {
  const intl = useIntl();
  const [delivered, deliver] = useMutation(Deliver);
  return (
    <section aria-labelledby="deliveries-heading">
      <h3 id="deliveries-heading">
        <FormattedMessage id="letter.deliveries.heading" defaultMessage="Delivery" />
      </h3>
      {letter.edition ? (
        <p>
          <FormattedMessage
            id="letter.deliveries.delivered"
            defaultMessage="Delivered. Recipients can check the delivered text and signatories on <link>its verification page</link>."
            values={{ link: (chunks) => <a href={letter.edition?.verifyUrl}>{chunks}</a> }}
          />
        </p>
      ) : (
        <>
          <p>
            <FormattedMessage
              id="letter.deliveries.intro"
              defaultMessage="Delivering closes the letter, freezes its text and signatories, and sends it to every recipient."
            />
          </p>
          <TranslationsLeftOut letter={letter} />
          <button
            type="button"
            disabled={delivered.fetching}
            aria-busy={delivered.fetching}
            onClick={async () => {
              const question = intl.formatMessage({
                id: 'letter.deliveries.confirm',
                defaultMessage: 'Deliver the letter now? The text and signatories are then final.',
              });
              if (!confirm(question)) return;
              const response = await deliver({ letterId: letter.id });
              if (response.data) onChange();
            }}
          >
            {delivered.fetching ? (
              <FormattedMessage id="letter.deliveries.delivering" defaultMessage="Delivering…" />
            ) : (
              <FormattedMessage id="letter.deliveries.deliver" defaultMessage="Deliver the letter" />
            )}
          </button>
          <ErrorNote
            error={delivered.error}
            words={{
              INVALID_STATE: intl.formatMessage({
                id: 'letter.deliveries.notReady',
                defaultMessage: 'Add at least one recipient, and open the letter first.',
              }),
            }}
          />
        </>
      )}
      {deliveries.length > 0 && (
        <ul className="deliveries" aria-live="polite">
          {deliveries.map((d) => (
            <li key={d.id}>
              <DeliveryItem delivery={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
