import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { LetterVisibility, WorkspaceQuery } from '../gql/graphql';
import {
  Diff,
  ErrorNote,
  Field,
  formatDate,
  Loading,
  NameList,
  Markdown,
  Notice,
  PageTitle,
  Select,
  Submit,
  TextArea,
} from '../ui';
import { plainName } from '../names';
import { LetterDashboard } from './letter-dashboard';
import { useLiveCounts } from '../hooks/use-live-counts';
import { statusText } from '../letter-status';

const MyOrganisations = graphql(`
  query MyOrganisations {
    me {
      ...MyMemberships
    }
  }
`);

const CreateLetter = graphql(`
  mutation CreateLetter($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
      slug
    }
  }
`);

export function NewLetterPage() {
  const [, navigate] = useLocation();
  const [me] = useQuery({ query: MyOrganisations });
  const [result, create] = useMutation(CreateLetter);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [lead, setLead] = useState('');
  const [visibility, setVisibility] = useState<LetterVisibility>('PUBLIC');
  const [deadline, setDeadline] = useState('');
  const leads = (me.data?.me.memberships ?? []).filter((m) => m.role === 'OWNER' || m.role === 'COORDINATOR');
  const leadId = lead || leads[0]?.organisation.id || '';
  if (!me.data) return me.error ? <ErrorNote error={me.error} /> : <Loading what="your organisations" />;
  return (
    <>
      <PageTitle>Draft a new letter</PageTitle>
      {leads.length === 0 ? (
        <p>
          Only an organisation’s owners and coordinators draft letters.{' '}
          <Link href="/organisations/new">Create an organisation</Link> first.
        </p>
      ) : (
        <form
          className="card"
          onSubmit={async (event) => {
            event.preventDefault();
            const response = await create({
              input: {
                title,
                body,
                leadOrganisationId: leadId,
                visibility,
                endorsementDeadline: deadline ? new Date(deadline).toISOString() : null,
              },
            });
            const created = response.data?.createLetter;
            if (created) navigate(`/letters/${created.slug}`);
          }}
        >
          <Select
            label="Lead organisation"
            value={leadId}
            onChange={setLead}
            options={leads.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
          />
          <Field label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} />
          <MarkdownEditor label="Text (Markdown)" value={body} onChange={setBody} />
          <Select
            label="Who can read it"
            value={visibility}
            onChange={(value) => setVisibility(value as LetterVisibility)}
            options={[
              { value: 'PUBLIC', label: 'Public: anyone, once it is open' },
              { value: 'PRIVATE', label: 'Private: the organisations involved only' },
            ]}
          />
          <Field
            label="Deadline for signatures (optional)"
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
          <ErrorNote error={result.error} words={{ FORBIDDEN: 'Please confirm your email address first.' }} />
          <Submit busy={result.fetching} busyText="Saving…">
            Save the draft
          </Submit>
        </form>
      )}
    </>
  );
}

function MarkdownEditor({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const [preview, setPreview] = useState(false);
  return (
    <div className="editor">
      <div className="tabs" role="group" aria-label="Editor mode">
        <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
      </div>
      {preview ? (
        <div className="preview" aria-label="Preview">
          <Markdown source={value} />
        </div>
      ) : (
        <TextArea label={label} required rows={14} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

const WorkspaceQueryDoc = graphql(`
  query Workspace($slug: String!) {
    letter(slug: $slug) {
      id
      slug
      title
      status
      visibility
      endorsementDeadline
      deliverBy
      currentVersion {
        id
        number
        title
        body
        contentHash
        material
        note
        createdAt
      }
      versions {
        id
        number
        title
        material
        note
        createdAt
      }
      leadOrganisations {
        id
        name
      }
      counts {
        ...LetterCountFields
      }
      myEndorsements {
        ...EndorsementFields
        receipt
      }
      edition {
        id
        verifyUrl
      }
    }
    me {
      ...MyMemberships
    }
  }
`);

export type WorkspaceLetter = NonNullable<WorkspaceQuery['letter']>;

export function LetterPage({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({
    query: WorkspaceQueryDoc,
    variables: { slug },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const letter = result.data?.letter;
  useLiveCounts(letter?.id);
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading what="the letter" />;
  if (!letter) {
    return (
      <>
        <PageTitle>Letter not found</PageTitle>
        <p>This letter does not exist, or your organisations were not invited to it.</p>
      </>
    );
  }
  const memberships = result.data.me.memberships;
  const leadIds = new Set(letter.leadOrganisations.map((o) => o.id));
  const coordinator = memberships.some(
    (m) => leadIds.has(m.organisation.id) && (m.role === 'OWNER' || m.role === 'COORDINATOR'),
  );
  const drafter = memberships.some((m) => leadIds.has(m.organisation.id));
  const signers = memberships.filter((m) => m.role === 'OWNER' || m.role === 'SIGNATORY');
  return (
    <article>
      <PageTitle>{letter.currentVersion.title}</PageTitle>
      <p className="meta">
        <span className="tag">{statusText(letter.status)}</span> · version {letter.currentVersion.number} · led by{' '}
        <NameList names={letter.leadOrganisations.map((o) => o.name)} />
        {letter.visibility === 'PUBLIC' && letter.status !== 'DRAFT' && (
          <>
            {' '}
            · <Link href={`/l/${letter.slug}`}>public page</Link>
          </>
        )}
      </p>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">The text</h2>
        <Markdown source={letter.currentVersion.body} />
        <p className="hash">
          Content hash: <code data-testid="content-hash">{letter.currentVersion.contentHash}</code>
        </p>
      </section>
      {letter.status === 'OPEN' &&
        signers.map((m) => (
          <SignPanel
            key={m.organisation.id}
            letter={letter}
            organisation={m.organisation}
            endorsement={letter.myEndorsements.find((e) => e.organisation.id === m.organisation.id)}
            onChange={refresh}
          />
        ))}
      <Versions letter={letter} />
      {coordinator && <Editor letter={letter} />}
      {drafter && <Comments letter={letter} />}
      {coordinator && <LetterDashboard letter={letter} onLetterChange={refresh} />}
    </article>
  );
}

const Endorse = graphql(`
  mutation Endorse($input: EndorseInput!) {
    endorseLetter(input: $input) {
      ...EndorsementFields
      receipt
    }
  }
`);

const Withdraw = graphql(`
  mutation Withdraw($input: WithdrawInput!) {
    withdrawEndorsement(input: $input) {
      id
      status
      withdrawnAt
    }
  }
`);

const DiffQuery = graphql(`
  query VersionDiff($slug: String!, $from: Int!, $to: Int!) {
    letter(slug: $slug) {
      id
      diff(fromVersion: $from, toVersion: $to)
    }
  }
`);

type Endorsement = WorkspaceLetter['myEndorsements'][number];

function SignPanel({
  letter,
  organisation,
  endorsement,
  onChange,
}: {
  letter: WorkspaceLetter;
  organisation: { id: string; name: string };
  endorsement: Endorsement | undefined;
  onChange: () => void;
}) {
  const [signed, endorseNow] = useMutation(Endorse);
  const [withdrawn, withdrawNow] = useMutation(Withdraw);
  // The letter's own list of this user's endorsements is read again after each change.
  const endorse = async (variables: Parameters<typeof endorseNow>[0]) => {
    const response = await endorseNow(variables);
    if (response.data) onChange();
    return response;
  };
  const withdraw = async (variables: Parameters<typeof withdrawNow>[0]) => {
    const response = await withdrawNow(variables);
    if (response.data) onChange();
    return response;
  };
  const [form, setForm] = useState({
    signerName: endorsement?.signerName ?? '',
    signerTitle: endorsement?.signerTitle ?? '',
    displayName: endorsement?.displayName ?? organisation.name,
    anonymous: endorsement?.anonymous ?? false,
    acceptMinorEdits: endorsement?.acceptMinorEdits ?? false,
  });
  const current = letter.currentVersion;
  const headingId = `sign-${organisation.id}`;
  const words = {
    STALE_VERSION: 'The letter changed while you were reading. The page now shows the new text: read it, then sign.',
    FORBIDDEN: 'Only the organisation’s owners and signatories, with a confirmed email address, can sign for it.',
  };

  if (endorsement?.status === 'SIGNED' || endorsement?.status === 'NEEDS_RECONFIRMATION') {
    const reconfirm = endorsement.status === 'NEEDS_RECONFIRMATION';
    return (
      <section aria-labelledby={headingId} className="card sign">
        <h2 id={headingId}>
          Signature of <bdi>{organisation.name}</bdi>
        </h2>
        {reconfirm ? (
          <>
            <p role="status" data-testid="reconfirm-needed">
              The text changed since <bdi>{organisation.name}</bdi> signed version {endorsement.signedVersion.number}.
              Read the changes, then confirm the new text, or withdraw.
            </p>
            <SignedDiff slug={letter.slug} from={endorsement.signedVersion.number} to={current.number} />
            <ErrorNote error={signed.error} words={words} />
            <button
              type="button"
              disabled={signed.fetching}
              aria-busy={signed.fetching}
              onClick={() =>
                void endorse({
                  input: {
                    letterId: letter.id,
                    organisationId: organisation.id,
                    contentHash: current.contentHash,
                    signerName: endorsement.signerName,
                    signerTitle: endorsement.signerTitle,
                  },
                })
              }
            >
              {signed.fetching ? 'Confirming…' : `Confirm version ${current.number}`}
            </button>
          </>
        ) : (
          <p role="status" data-testid="signed-status">
            Signed {endorsement.anonymous ? 'without being named' : `as “${endorsement.displayName}”`} on{' '}
            {formatDate(endorsement.signedAt)} (version {endorsement.signedVersion.number}).
          </p>
        )}
        <p>
          <a
            href={`data:application/jose;charset=utf-8,${encodeURIComponent(endorsement.receipt)}`}
            download={`receipt-${letter.slug}-${organisation.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.jws`}
          >
            Download the signed receipt
          </a>
        </p>
        <ErrorNote error={withdrawn.error} />
        <button
          type="button"
          className="secondary"
          disabled={withdrawn.fetching}
          onClick={() => {
            if (confirm(`Withdraw the signature of ${plainName(organisation.name)}?`))
              void withdraw({ input: { endorsementId: endorsement.id } });
          }}
        >
          Withdraw the signature
        </button>
      </section>
    );
  }
  const set = (key: 'signerName' | 'signerTitle' | 'displayName') => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <section aria-labelledby={headingId} className="card sign">
      <h2 id={headingId}>
        Sign for <bdi>{organisation.name}</bdi>
      </h2>
      <p>
        You sign exactly version {current.number} of the text above, whose hash is <code>{current.contentHash}</code>.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void endorse({
            input: {
              letterId: letter.id,
              organisationId: organisation.id,
              contentHash: current.contentHash,
              signerName: form.signerName,
              signerTitle: form.signerTitle,
              displayName: form.displayName,
              anonymous: form.anonymous,
              acceptMinorEdits: form.acceptMinorEdits,
            },
          });
        }}
      >
        <Field label="Your name" required value={form.signerName} onChange={set('signerName')} />
        <Field label="Your title" required value={form.signerTitle} onChange={set('signerTitle')} />
        <Field label="Name in the signatory block" required value={form.displayName} onChange={set('displayName')} />
        <div className="check">
          <input
            id={`${headingId}-anon`}
            type="checkbox"
            checked={form.anonymous}
            onChange={(e) => setForm({ ...form, anonymous: e.target.checked })}
          />
          <label htmlFor={`${headingId}-anon`}>
            Sign without being named: only the lead organisations will know; the public sees a count.
          </label>
        </div>
        <div className="check">
          <input
            id={`${headingId}-minor`}
            type="checkbox"
            checked={form.acceptMinorEdits}
            onChange={(e) => setForm({ ...form, acceptMinorEdits: e.target.checked })}
          />
          <label htmlFor={`${headingId}-minor`}>
            Stay signed if the leads fix typos (at most 5 words, no number or short word changed); you are mailed each
            edit and can object with one click.
          </label>
        </div>
        <ErrorNote error={signed.error} words={words} />
        <Submit busy={signed.fetching} busyText="Signing…">
          Sign for {organisation.name}
        </Submit>
      </form>
    </section>
  );
}

function SignedDiff({ slug, from, to }: { slug: string; from: number; to: number }) {
  const [result] = useQuery({ query: DiffQuery, variables: { slug, from, to } });
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading what="the changes" />;
  return <Diff text={result.data.letter?.diff ?? ''} />;
}

function Versions({ letter }: { letter: WorkspaceLetter }) {
  const numbers = letter.versions.map((v) => v.number);
  const [from, setFrom] = useState(numbers[Math.max(0, numbers.length - 2)] ?? 1);
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? 1);
  const [show, setShow] = useState(false);
  if (letter.versions.length < 2) return null;
  const options = letter.versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number}${v.material ? '' : ' (minor)'} · ${formatDate(v.createdAt)}`,
  }));
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <ol>
        {letter.versions.map((v) => (
          <li key={v.id}>
            Version {v.number} · {formatDate(v.createdAt)} {v.material ? '' : '(minor edit)'}{' '}
            {v.note && <q dir="auto">{v.note}</q>}
          </li>
        ))}
      </ol>
      <div className="row">
        <Select label="Compare" value={String(from)} onChange={(v) => setFrom(Number(v))} options={options} />
        <Select label="with" value={String(to)} onChange={(v) => setTo(Number(v))} options={options} />
        <button type="button" onClick={() => setShow(true)}>
          Show the changes
        </button>
      </div>
      {show && <SignedDiff slug={letter.slug} from={from} to={to} />}
    </section>
  );
}

const Revise = graphql(`
  mutation Revise($input: ReviseLetterInput!) {
    reviseLetter(input: $input) {
      id
      number
    }
  }
`);

function Editor({ letter }: { letter: WorkspaceLetter }) {
  const [title, setTitle] = useState(letter.currentVersion.title);
  const [body, setBody] = useState(letter.currentVersion.body);
  const [note, setNote] = useState('');
  const [material, setMaterial] = useState(true);
  const [result, revise] = useMutation(Revise);
  if (letter.status === 'CLOSED' || letter.status === 'DELIVERED') return null;
  return (
    <section aria-labelledby="editor-heading">
      <h2 id="editor-heading">Edit the text</h2>
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const response = await revise({ input: { letterId: letter.id, title, body, note: note || null, material } });
          if (response.data) setNote('');
        }}
      >
        <Field label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        <MarkdownEditor label="Text (Markdown)" value={body} onChange={setBody} />
        <Field label="What changed (optional note)" value={note} onChange={(e) => setNote(e.target.value)} />
        <div className="check">
          <input id="material" type="checkbox" checked={!material} onChange={(e) => setMaterial(!e.target.checked)} />
          <label htmlFor="material">
            Minor edit (typos, case or punctuation: at most 5 words, each by 1 or 2 letters; no number, no word added).
            Otherwise every signatory is asked to confirm again.
          </label>
        </div>
        <ErrorNote
          error={result.error}
          words={{
            BAD_USER_INPUT:
              'This change is too large for a minor edit, or the text is not valid. Untick “minor edit” to save it.',
          }}
        />
        {result.data && <Notice>Saved as version {result.data.reviseLetter.number}.</Notice>}
        <Submit busy={result.fetching} busyText="Saving…">
          Save a new version
        </Submit>
      </form>
    </section>
  );
}

const CommentsQuery = graphql(`
  query Comments($slug: String!) {
    letter(slug: $slug) {
      id
      comments {
        id
        body
        paragraph
        resolved
        createdAt
        author {
          id
          name
        }
        version {
          id
          number
        }
      }
    }
  }
`);

const AddComment = graphql(`
  mutation AddComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);

const ResolveComment = graphql(`
  mutation ResolveComment($commentId: ID!) {
    resolveComment(commentId: $commentId) {
      id
      resolved
    }
  }
`);

function Comments({ letter }: { letter: WorkspaceLetter }) {
  const [list, refetch] = useQuery({ query: CommentsQuery, variables: { slug: letter.slug } });
  const [added, addComment] = useMutation(AddComment);
  const [, resolve] = useMutation(ResolveComment);
  const [body, setBody] = useState('');
  const [paragraph, setParagraph] = useState('');
  const paragraphs = letter.currentVersion.body.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">Discussion</h2>
      <ul className="comments">
        {list.data?.letter?.comments.map((comment) => (
          <li key={comment.id} className={comment.resolved ? 'resolved' : ''}>
            <strong dir="auto">{comment.author.name}</strong> on version {comment.version.number}
            {comment.paragraph ? `, paragraph ${comment.paragraph}` : ''} · {formatDate(comment.createdAt)}
            <p dir="auto">{comment.body}</p>
            {comment.resolved ? (
              <span className="tag">resolved</span>
            ) : (
              <button type="button" className="secondary" onClick={() => void resolve({ commentId: comment.id })}>
                Mark resolved
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const response = await addComment({
            input: { versionId: letter.currentVersion.id, body, paragraph: paragraph ? Number(paragraph) : null },
          });
          if (response.data) {
            setBody('');
            refetch({ requestPolicy: 'network-only' });
          }
        }}
      >
        <Select
          label="About"
          value={paragraph}
          onChange={setParagraph}
          options={[
            { value: '', label: 'The whole letter' },
            ...paragraphs.map((p, i) => ({ value: String(i + 1), label: `Paragraph ${i + 1}: ${p.slice(0, 60)}` })),
          ]}
        />
        <TextArea label="Comment" required rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        <ErrorNote error={added.error} />
        <Submit busy={added.fetching}>Add the comment</Submit>
      </form>
    </section>
  );
}
