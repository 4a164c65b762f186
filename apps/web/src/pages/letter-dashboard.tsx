import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { session } from '../auth';
import { graphql } from '../gql';
import type { DeliveryChannel, DeliveryStatus, RecipientRole } from '../gql/graphql';
import { ErrorNote, Field, formatDate, Loading, NameList, Notice, Select, Submit, TextArea } from '../ui';
import type { WorkspaceLetter } from './letter';
import { useLiveCounts } from '../hooks/use-live-counts';

const DashboardQuery = graphql(`
  query Dashboard($slug: String!) {
    letter(slug: $slug) {
      id
      endorsements(first: 50) {
        totalCount
        edges {
          node {
            id
            status
            anonymous
            displayName
            signerName
            signerTitle
            organisation {
              id
              name
              verifiedDomain
            }
            signedVersion {
              id
              number
            }
          }
        }
      }
    }
  }
`);

const DeliveryQuery = graphql(`
  query Deliveries($slug: String!) {
    letter(slug: $slug) {
      id
      recipients {
        id
        name
        title
        organisation
        email
        postalAddress
        role
        channel
      }
      deliveries {
        id
        channel
        status
        attempts
        lastError
        sentAt
        response
        recipient {
          id
          name
        }
        events {
          status
          note
          occurredAt
        }
      }
    }
  }
`);

const DeliverySubscription = graphql(`
  subscription DeliveryChanged($letterId: ID!) {
    deliveryChanged(letterId: $letterId) {
      id
      status
      attempts
      lastError
      sentAt
      response
      events {
        status
        note
        occurredAt
      }
    }
  }
`);

const OpenLetter = graphql(`
  mutation OpenLetter($letterId: ID!) {
    openLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

const CloseLetter = graphql(`
  mutation CloseLetter($letterId: ID!) {
    closeLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

const SearchOrganisations = graphql(`
  query SearchOrganisations($search: String!) {
    organisations(search: $search, first: 10) {
      edges {
        node {
          id
          name
          country
        }
      }
    }
  }
`);

const AddCoLead = graphql(`
  mutation AddCoLead($input: AddCoLeadInput!) {
    addCoLead(input: $input) {
      id
      leadOrganisations {
        id
        name
      }
    }
  }
`);

const InviteEndorsers = graphql(`
  mutation InviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
      status
    }
  }
`);

const Reject = graphql(`
  mutation RejectEndorsement($endorsementId: ID!, $reason: String) {
    rejectEndorsement(endorsementId: $endorsementId, reason: $reason) {
      id
      status
    }
  }
`);

const Approve = graphql(`
  mutation ApproveEndorsement($endorsementId: ID!) {
    approveEndorsement(endorsementId: $endorsementId) {
      id
      status
    }
  }
`);

const AddRecipient = graphql(`
  mutation AddRecipient($input: AddRecipientInput!) {
    addRecipient(input: $input) {
      id
    }
  }
`);

const RemoveRecipient = graphql(`
  mutation RemoveRecipient($recipientId: ID!) {
    removeRecipient(recipientId: $recipientId)
  }
`);

const Deliver = graphql(`
  mutation Deliver($letterId: ID!) {
    deliverLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

const RecordEvent = graphql(`
  mutation RecordEvent($input: DeliveryEventInput!) {
    recordDeliveryEvent(input: $input) {
      id
      status
      events {
        status
        note
        occurredAt
      }
    }
  }
`);

const RecordResponse = graphql(`
  mutation RecordResponse($input: ResponseInput!) {
    recordResponse(input: $input) {
      id
      status
      response
    }
  }
`);

const RetryDelivery = graphql(`
  mutation RetryDelivery($deliveryId: ID!) {
    retryDelivery(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

const PostUpdate = graphql(`
  mutation PostUpdate($input: PostUpdateInput!) {
    postUpdate(input: $input) {
      id
    }
  }
`);

/** Words for a letter that is not in the stage an action needs. */
const STAGE = { INVALID_STATE: 'This cannot be done at the letter’s current stage.' };

/** `onLetterChange` reads the letter again after a change its own mutation does not return (delivering). */
export function LetterDashboard({ letter, onLetterChange }: { letter: WorkspaceLetter; onLetterChange: () => void }) {
  // Spelled out rather than ...EndorsementFields: the API's cost limit counts fields by depth, and
  // this list is as deep as the dashboard may ask.
  const [result, refetch] = useQuery({
    query: DashboardQuery,
    variables: { slug: letter.slug },
    requestPolicy: 'cache-and-network',
  });
  const [delivery, refetchDelivery] = useQuery({
    query: DeliveryQuery,
    variables: { slug: letter.slug },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const refreshDelivery = () => refetchDelivery({ requestPolicy: 'network-only' });
  useLiveCounts(letter.id, refresh);
  useSubscription({ query: DeliverySubscription, variables: { letterId: letter.id } });
  const [opened, open] = useMutation(OpenLetter);
  const [closed, close] = useMutation(CloseLetter);
  const counts = letter.counts;
  const data = result.data?.letter;
  const sending = delivery.data?.letter;
  return (
    <section aria-labelledby="dashboard-heading" className="dashboard">
      <h2 id="dashboard-heading">Coordination</h2>
      <dl className="counts" aria-live="polite" data-testid="dashboard-counts">
        <div>
          <dt>Signed</dt>
          <dd data-testid="count-signed">{counts.signed}</dd>
        </div>
        <div>
          <dt>of them unnamed</dt>
          <dd data-testid="count-anonymous">{counts.anonymous}</dd>
        </div>
        <div>
          <dt>Must re-confirm</dt>
          <dd data-testid="count-reconfirm">{counts.needsReconfirmation}</dd>
        </div>
        <div>
          <dt>Invited</dt>
          <dd data-testid="count-invited">{counts.invited}</dd>
        </div>
        <div>
          <dt>Declined</dt>
          <dd>{counts.declined}</dd>
        </div>
        <div>
          <dt>Withdrawn</dt>
          <dd>{counts.withdrawn}</dd>
        </div>
        <div>
          <dt>Supporters</dt>
          <dd>{counts.supporters}</dd>
        </div>
        <div>
          <dt>Supporters to re-confirm</dt>
          <dd data-testid="count-supporters-reconfirm">{counts.supportersAwaitingReconfirmation}</dd>
        </div>
      </dl>
      <div className="row">
        {letter.status === 'DRAFT' && (
          <button
            type="button"
            disabled={opened.fetching}
            aria-busy={opened.fetching}
            onClick={() => void open({ letterId: letter.id })}
          >
            {opened.fetching ? 'Opening…' : 'Open for signatures'}
          </button>
        )}
        {letter.status === 'OPEN' && (
          <button
            type="button"
            className="secondary"
            disabled={closed.fetching}
            onClick={() => {
              if (confirm('Close the letter? No organisation can sign after this.'))
                void close({ letterId: letter.id });
            }}
          >
            Close for signatures
          </button>
        )}
      </div>
      <ErrorNote error={opened.error ?? closed.error} words={STAGE} />
      <CoLeads letter={letter} />
      {(letter.status === 'DRAFT' || letter.status === 'OPEN') && <Invitations letter={letter} />}
      {data ? (
        <Endorsements letter={letter} endorsements={data.endorsements.edges.map((e) => e.node)} />
      ) : result.error ? (
        <ErrorNote error={result.error} />
      ) : (
        <Loading what="signatures" />
      )}
      {sending ? (
        <>
          <Recipients letter={letter} recipients={sending.recipients} onChange={refreshDelivery} />
          <Deliveries
            letter={letter}
            deliveries={sending.deliveries}
            onChange={() => {
              refreshDelivery();
              onLetterChange();
            }}
          />
        </>
      ) : delivery.error ? (
        <ErrorNote error={delivery.error} />
      ) : (
        <Loading what="recipients and deliveries" />
      )}
      <Updates letter={letter} />
    </section>
  );
}

function OrganisationSearch({ label, onPick }: { label: string; onPick: (org: { id: string; name: string }) => void }) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [found] = useQuery({ query: SearchOrganisations, variables: { search: query }, pause: !query });
  return (
    <div>
      <form
        className="row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(search.trim());
        }}
      >
        <Field label={label} value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="submit">Find</button>
      </form>
      {found.fetching && <Loading what="organisations" />}
      {found.data && (
        <ul className="choices" aria-label="Organisations found">
          {found.data.organisations.edges.length === 0 && <li>No organisation has that name.</li>}
          {found.data.organisations.edges.map(({ node }) => (
            <li key={node.id}>
              <bdi>{node.name}</bdi> {node.country && `(${node.country})`}{' '}
              <button type="button" onClick={() => onPick(node)}>
                Choose <span className="visually-hidden">{node.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CoLeads({ letter }: { letter: WorkspaceLetter }) {
  const [added, addCoLead] = useMutation(AddCoLead);
  if (letter.status !== 'DRAFT' && letter.status !== 'OPEN') return null;
  return (
    <section aria-labelledby="coleads-heading">
      <h3 id="coleads-heading">Co-leads</h3>
      <p>
        Lead organisations: <NameList names={letter.leadOrganisations.map((o) => o.name)} />.
      </p>
      <OrganisationSearch
        label="Ask an organisation to co-lead"
        onPick={(org) => void addCoLead({ input: { letterId: letter.id, organisationId: org.id } })}
      />
      <ErrorNote error={added.error} words={{ CONFLICT: 'This organisation already leads the letter.' }} />
      {added.data && <Notice>Asked. The organisation’s owner must accept.</Notice>}
    </section>
  );
}

function Invitations({ letter }: { letter: WorkspaceLetter }) {
  const [chosen, setChosen] = useState<{ id: string; name: string }[]>([]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [sent, invite] = useMutation(InviteEndorsers);
  const invitees = [
    ...chosen.map((o) => ({ organisationId: o.id })),
    ...(email ? [{ email, name: name || null }] : []),
  ];
  return (
    <section aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite organisations to sign</h3>
      <OrganisationSearch
        label="Find an organisation on Undersigned"
        onPick={(org) => setChosen((list) => (list.some((o) => o.id === org.id) ? list : [...list, org]))}
      />
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const response = await invite({ input: { letterId: letter.id, invitees, message: message || null } });
          if (response.data) {
            setChosen([]);
            setEmail('');
            setName('');
          }
        }}
      >
        {chosen.length > 0 && (
          <ul aria-label="To invite">
            {chosen.map((o) => (
              <li key={o.id}>
                <bdi>{o.name}</bdi>{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setChosen(chosen.filter((c) => c.id !== o.id))}
                >
                  Remove <span className="visually-hidden">{o.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <Field label="Or invite by email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field label="Name of that organisation" value={name} onChange={(e) => setName(e.target.value)} />
        <TextArea label="Message (optional)" rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
        <ErrorNote error={sent.error} words={{ CONFLICT: 'One of them is already invited.' }} />
        {sent.data && <Notice>{sent.data.inviteEndorsers.length} invitation(s) sent.</Notice>}
        {invitees.length > 0 && (
          <Submit busy={sent.fetching} busyText="Sending…">
            Send {invitees.length} invitation{invitees.length === 1 ? '' : 's'}
          </Submit>
        )}
      </form>
    </section>
  );
}

type EndorsementRow = {
  id: string;
  status: string;
  anonymous: boolean;
  displayName: string;
  signerName: string;
  signerTitle: string;
  organisation: { id: string; name: string; verifiedDomain: string | null };
  signedVersion: { number: number };
};

function Endorsements({ letter, endorsements }: { letter: WorkspaceLetter; endorsements: EndorsementRow[] }) {
  const [rejected, reject] = useMutation(Reject);
  const [approved, approve] = useMutation(Approve);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  async function exportCsv() {
    setExporting(true);
    setExportFailed(false);
    try {
      const response = await fetch(`/letters/${encodeURIComponent(letter.slug)}/signatories.csv`, {
        headers: { authorization: `Bearer ${session()?.accessToken ?? ''}` },
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${letter.slug}-signatories.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section aria-labelledby="endorsements-heading">
      <h3 id="endorsements-heading">Signatures</h3>
      {endorsements.length === 0 ? (
        <p>No organisation has signed yet.</p>
      ) : (
        <table data-testid="endorsements">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Signed by</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {endorsements.map((e) => (
              <tr key={e.id}>
                <td dir="auto">
                  {e.displayName} {e.anonymous && <span className="tag">unnamed</span>}
                  {/* A display name may be any name: the leads see whose it really is. */}
                  {e.displayName !== e.organisation.name && (
                    <span className="real-name">
                      {' '}
                      (signed by <bdi>{e.organisation.name}</bdi>
                      {e.organisation.verifiedDomain
                        ? `, verified: ${e.organisation.verifiedDomain}`
                        : ', not verified'}
                      )
                    </span>
                  )}
                </td>
                <td dir="auto">
                  {e.signerName}, {e.signerTitle}
                </td>
                <td>
                  {e.status.toLowerCase().replace('_', ' ')} (v{e.signedVersion.number})
                </td>
                <td>
                  {e.status === 'PENDING_APPROVAL' && (
                    <button type="button" onClick={() => void approve({ endorsementId: e.id })}>
                      Approve as “{e.displayName}” <span className="visually-hidden">for {e.organisation.name}</span>
                    </button>
                  )}
                  {e.status !== 'REJECTED' && e.status !== 'WITHDRAWN' && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        const reason = prompt(`Reject the signature of ${e.organisation.name}? Reason (optional):`);
                        if (reason !== null) void reject({ endorsementId: e.id, reason: reason || null });
                      }}
                    >
                      Reject <span className="visually-hidden">{e.organisation.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorNote error={rejected.error} />
      <ErrorNote error={approved.error} />
      <button
        type="button"
        className="secondary"
        onClick={() => void exportCsv()}
        disabled={exporting}
        aria-busy={exporting}
      >
        {exporting ? 'Preparing…' : 'Export signatories (CSV)'}
      </button>
      {exportFailed && (
        <p className="error" role="alert">
          The export could not be prepared. Please try again.
        </p>
      )}
    </section>
  );
}

type RecipientRow = {
  id: string;
  name: string;
  title?: string | null;
  organisation?: string | null;
  email?: string | null;
  postalAddress?: string | null;
  role: string;
  channel: string;
};

function Recipients({
  letter,
  recipients,
  onChange,
}: {
  letter: WorkspaceLetter;
  recipients: RecipientRow[];
  onChange: () => void;
}) {
  const empty = { name: '', title: '', organisation: '', email: '', postalAddress: '' };
  const [form, setForm] = useState(empty);
  const [role, setRole] = useState<RecipientRole>('TO');
  const [channel, setChannel] = useState<DeliveryChannel>('EMAIL');
  const [added, add] = useMutation(AddRecipient);
  const [removed, remove] = useMutation(RemoveRecipient);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const editable = letter.status !== 'DELIVERED';
  return (
    <section aria-labelledby="recipients-heading">
      <h3 id="recipients-heading">Recipients</h3>
      {recipients.length === 0 ? (
        <p>No recipient yet.</p>
      ) : (
        <ul>
          {recipients.map((r) => (
            <li key={r.id}>
              <bdi>{r.name}</bdi>
              {r.title && `, ${r.title}`}
              {r.organisation && ` (${r.organisation})`} · {r.role} · {r.channel.toLowerCase()}{' '}
              {r.email && `· ${r.email}`}{' '}
              {editable && (
                <button
                  type="button"
                  className="secondary"
                  onClick={async () => {
                    await remove({ recipientId: r.id });
                    onChange();
                  }}
                >
                  Remove <span className="visually-hidden">{r.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={removed.error} />
      {editable && (
        <form
          className="card"
          onSubmit={async (event) => {
            event.preventDefault();
            const input = {
              letterId: letter.id,
              name: form.name,
              title: form.title || null,
              organisation: form.organisation || null,
              email: form.email || null,
              postalAddress: form.postalAddress || null,
              role,
              channel,
            };
            const response = await add({ input });
            if (response.data) {
              setForm(empty);
              onChange();
            }
          }}
        >
          <Field label="Recipient’s name" required value={form.name} onChange={set('name')} />
          <Field label="Title" value={form.title} onChange={set('title')} />
          <Field label="Office or organisation" value={form.organisation} onChange={set('organisation')} />
          <Select
            label="Delivered by"
            value={channel}
            onChange={(v) => setChannel(v as DeliveryChannel)}
            options={[
              { value: 'EMAIL', label: 'Email' },
              { value: 'POST', label: 'Post' },
              { value: 'HAND', label: 'By hand' },
            ]}
          />
          {channel === 'EMAIL' ? (
            <Field label="Recipient’s email" type="email" required value={form.email} onChange={set('email')} />
          ) : (
            <TextArea label="Postal address" rows={3} value={form.postalAddress} onChange={set('postalAddress')} />
          )}
          <Select
            label="Addressed as"
            value={role}
            onChange={(v) => setRole(v as RecipientRole)}
            options={[
              { value: 'TO', label: 'To' },
              { value: 'CC', label: 'Copy (cc)' },
            ]}
          />
          <ErrorNote error={added.error} />
          <Submit busy={added.fetching} busyText="Adding…">
            Add recipient
          </Submit>
        </form>
      )}
    </section>
  );
}

type DeliveryRow = {
  id: string;
  channel: string;
  status: string;
  attempts: number;
  lastError?: string | null;
  sentAt?: string | null;
  response?: string | null;
  recipient: { id: string; name: string };
  events: { status: string; note?: string | null; occurredAt: string }[];
};

function Deliveries({
  letter,
  deliveries,
  onChange,
}: {
  letter: WorkspaceLetter;
  deliveries: DeliveryRow[];
  onChange: () => void;
}) {
  const [delivered, deliver] = useMutation(Deliver);
  return (
    <section aria-labelledby="deliveries-heading">
      <h3 id="deliveries-heading">Delivery</h3>
      {letter.edition ? (
        <p>
          Delivered. Recipients can check the delivered text and signatories on{' '}
          <a href={letter.edition.verifyUrl}>its verification page</a>.
        </p>
      ) : (
        <>
          <p>Delivering closes the letter, freezes its text and signatories, and sends it to every recipient.</p>
          <button
            type="button"
            disabled={delivered.fetching}
            aria-busy={delivered.fetching}
            onClick={async () => {
              if (!confirm('Deliver the letter now? The text and signatories are then final.')) return;
              const response = await deliver({ letterId: letter.id });
              if (response.data) onChange();
            }}
          >
            {delivered.fetching ? 'Delivering…' : 'Deliver the letter'}
          </button>
          <ErrorNote
            error={delivered.error}
            words={{ INVALID_STATE: 'Add at least one recipient, and open the letter first.' }}
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

const MANUAL_STATUSES: DeliveryStatus[] = ['SENT', 'DELIVERED', 'ACKNOWLEDGED', 'FAILED'];

function DeliveryItem({ delivery }: { delivery: DeliveryRow }) {
  const [status, setStatus] = useState<DeliveryStatus>('DELIVERED');
  const [note, setNote] = useState('');
  const [reply, setReply] = useState('');
  const [recorded, record] = useMutation(RecordEvent);
  const [responded, respond] = useMutation(RecordResponse);
  const [retried, retry] = useMutation(RetryDelivery);
  return (
    <div className="card">
      <p>
        <bdi>{delivery.recipient.name}</bdi> · {delivery.channel.toLowerCase()} ·{' '}
        <strong data-testid={`delivery-status-${delivery.recipient.name}`}>{delivery.status}</strong>
        {delivery.sentAt && ` · sent ${formatDate(delivery.sentAt)}`}
        {delivery.status === 'FAILED' && delivery.lastError && ' · the recipient’s mail server refused it'}
      </p>
      {delivery.events.length > 0 && (
        <ol className="events">
          {delivery.events.map((e, i) => (
            <li key={i}>
              {formatDate(e.occurredAt)} · {e.status.toLowerCase()} {e.note && <q dir="auto">{e.note}</q>}
            </li>
          ))}
        </ol>
      )}
      {delivery.response && (
        <blockquote dir="auto">
          <p>{delivery.response}</p>
        </blockquote>
      )}
      {delivery.status === 'FAILED' && (
        <button type="button" disabled={retried.fetching} onClick={() => void retry({ deliveryId: delivery.id })}>
          Send again
        </button>
      )}
      <details>
        <summary>Record what happened</summary>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const response = await record({ input: { deliveryId: delivery.id, status, note: note || null } });
            if (response.data) setNote('');
          }}
        >
          <Select
            label="Status"
            value={status}
            onChange={(v) => setStatus(v as DeliveryStatus)}
            options={MANUAL_STATUSES.map((s) => ({ value: s, label: s.toLowerCase() }))}
          />
          <Field label="Note (for example a tracking number)" value={note} onChange={(e) => setNote(e.target.value)} />
          <ErrorNote
            error={recorded.error ?? retried.error}
            words={{ INVALID_STATE: 'A delivery cannot go back to an earlier state.' }}
          />
          <Submit busy={recorded.fetching}>Record</Submit>
        </form>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const response = await respond({ input: { deliveryId: delivery.id, body: reply } });
            if (response.data) setReply('');
          }}
        >
          <TextArea
            label="The recipient’s reply"
            required
            rows={3}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <ErrorNote error={responded.error} />
          <Submit busy={responded.fetching}>Record the reply</Submit>
        </form>
      </details>
    </div>
  );
}

function Updates({ letter }: { letter: WorkspaceLetter }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [posted, post] = useMutation(PostUpdate);
  return (
    <section aria-labelledby="updates-heading">
      <h3 id="updates-heading">Post a timeline update</h3>
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const response = await post({ input: { letterId: letter.id, title, body } });
          if (response.data) {
            setTitle('');
            setBody('');
          }
        }}
      >
        <Field label="Headline" required value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextArea label="What happened" required rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        <ErrorNote error={posted.error} />
        {posted.data && <Notice>Posted on the timeline.</Notice>}
        <Submit busy={posted.fetching}>Post the update</Submit>
      </form>
    </section>
  );
}
