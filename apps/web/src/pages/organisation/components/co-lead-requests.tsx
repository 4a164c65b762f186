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
      <h2 id="colead-requests-heading">Asked to co-lead</h2>
      <ul>
        {requests.map((request) => (
          <li key={request.letterId}>
            <bdi>{request.title}</bdi>{' '}
            <button
              type="button"
              disabled={coLead.fetching}
              onClick={async () => {
                const response = await acceptCoLead({ letterId: request.letterId, organisationId });
                const letter = response.data?.acceptCoLead;
                if (letter) navigate(`/letters/${letter.slug}`);
              }}
            >
              Accept co-leading <span className="visually-hidden">{request.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote error={coLead.error} />
    </section>
  );
}
