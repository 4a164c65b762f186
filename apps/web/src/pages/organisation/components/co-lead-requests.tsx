import { FormattedMessage } from 'react-intl';
import { useLocation } from 'wouter';
import { useMutation } from 'urql';
import { ErrorNote } from '../../../ui';
import { AcceptCoLeadRequest } from '../graphql';

/** Letters whose leads asked this organisation to co-lead; accepting opens the letter. */
export function CoLeadRequests({
  organisationId,
  requests,
}: {
  organisationId: string;
  requests: { letterId: string; title: string }[];
}) {
  const [coLead, acceptCoLead] = useMutation(AcceptCoLeadRequest);
  const [, navigate] = useLocation();
  return (
    <section aria-labelledby="colead-requests-heading">
      <h2 id="colead-requests-heading">
        <FormattedMessage id="organisation.coLeadRequests.heading" defaultMessage="Asked to co-lead" />
      </h2>
      <ul>
        {requests.map((request) => (
          <li key={request.letterId}>
            <FormattedMessage
              id="organisation.coLeadRequests.item"
              defaultMessage="{title} {accept}"
              values={{
                title: <bdi>{request.title}</bdi>,
                accept: (
                  <button
                    type="button"
                    disabled={coLead.fetching}
                    onClick={async () => {
                      const response = await acceptCoLead({ letterId: request.letterId, organisationId });
                      const letter = response.data?.acceptCoLead;
                      if (letter) navigate(`/letters/${letter.slug}`);
                    }}
                  >
                    <FormattedMessage
                      id="organisation.coLeadRequests.accept"
                      defaultMessage="Accept co-leading <hidden>{title}</hidden>"
                      values={{
                        title: request.title,
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      }}
                    />
                  </button>
                ),
              }}
            />
          </li>
        ))}
      </ul>
      <ErrorNote error={coLead.error} />
    </section>
  );
}
