import { Link } from 'wouter';
import { MarkdownEditor } from '../../components/markdown-editor';
import type { LetterVisibility } from '../../gql/graphql';
import { ErrorNote, Field, Loading, PageTitle, Select, Submit } from '../../ui';
import { useLeadOrganisations } from './hooks/use-lead-organisations';
import { useNewLetterForm } from './hooks/use-new-letter-form';

export function NewLetterPage() {
  const { me, leads } = useLeadOrganisations();
  const form = useNewLetterForm(leads);
  if (!me.data) return me.error ? <ErrorNote error={me.error} /> : <Loading />;
  return (
    <>
      <PageTitle>Draft a new letter</PageTitle>
      {leads.length === 0 ? (
        <p>
          Only an organisation’s owners and coordinators draft letters.{' '}
          <Link href="/organisations/new">Create an organisation</Link> first.
        </p>
      ) : (
        <form className="card" onSubmit={form.submit}>
          <Select
            label="Lead organisation"
            value={form.leadId}
            onChange={form.setLead}
            options={leads.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
          />
          <Field label="Title" required value={form.title} onChange={(e) => form.setTitle(e.target.value)} />
          <MarkdownEditor label="Text (Markdown)" value={form.body} onChange={form.setBody} />
          <Select
            label="Who can read it"
            value={form.visibility}
            onChange={(value) => form.setVisibility(value as LetterVisibility)}
            options={[
              { value: 'PUBLIC', label: 'Public: anyone, once it is open' },
              { value: 'PRIVATE', label: 'Private: the organisations involved only' },
            ]}
          />
          <Field
            label="Deadline for signatures (optional)"
            type="datetime-local"
            value={form.deadline}
            onChange={(e) => form.setDeadline(e.target.value)}
          />
          <ErrorNote error={form.result.error} words={{ FORBIDDEN: 'Please confirm your email address first.' }} />
          <Submit busy={form.result.fetching} busyText="Saving…">
            Save the draft
          </Submit>
        </form>
      )}
    </>
  );
}
