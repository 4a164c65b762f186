import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { MarkdownEditor } from '../../components/markdown-editor';
import type { LetterVisibility } from '../../gql/graphql';
import { ErrorNote, Field, Loading, PageTitle, Select, Submit } from '../../ui';
import { useLeadOrganisations } from './hooks/use-lead-organisations';
import { useNewLetterForm } from './hooks/use-new-letter-form';

export function NewLetterPage() {
  const intl = useIntl();
  const { me, leads } = useLeadOrganisations();
  const form = useNewLetterForm(leads);
  if (!me.data) return me.error ? <ErrorNote error={me.error} /> : <Loading />;
  return (
    <>
      <PageTitle>
        <FormattedMessage id="newLetter.title" defaultMessage="Draft a new letter" />
      </PageTitle>
      {leads.length === 0 ? (
        <p>
          <FormattedMessage
            id="newLetter.noLead"
            defaultMessage="Only an organisation’s owners and coordinators draft letters. <link>Create an organisation</link> first."
            values={{ link: (chunks) => <Link href="/organisations/new">{chunks}</Link> }}
          />
        </p>
      ) : (
        <form className="card" onSubmit={form.submit}>
          <Select
            label={intl.formatMessage({ id: 'newLetter.lead', defaultMessage: 'Lead organisation' })}
            value={form.leadId}
            onChange={form.setLead}
            options={leads.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
          />
          <Field
            label={intl.formatMessage({ id: 'newLetter.letterTitle', defaultMessage: 'Title' })}
            required
            value={form.title}
            onChange={(e) => form.setTitle(e.target.value)}
          />
          <MarkdownEditor
            label={intl.formatMessage({ id: 'newLetter.body', defaultMessage: 'Text (Markdown)' })}
            value={form.body}
            onChange={form.setBody}
          />
          <Select
            label={intl.formatMessage({ id: 'newLetter.visibility', defaultMessage: 'Who can read it' })}
            value={form.visibility}
            onChange={(value) => form.setVisibility(value as LetterVisibility)}
            options={[
              {
                value: 'PUBLIC',
                label: intl.formatMessage({
                  id: 'newLetter.visibility.public',
                  defaultMessage: 'Public: anyone, once it is open',
                }),
              },
              {
                value: 'PRIVATE',
                label: intl.formatMessage({
                  id: 'newLetter.visibility.private',
                  defaultMessage: 'Private: the organisations involved only',
                }),
              },
            ]}
          />
          <Field
            label={intl.formatMessage({
              id: 'newLetter.deadline',
              defaultMessage: 'Deadline for signatures (optional)',
            })}
            type="datetime-local"
            value={form.deadline}
            onChange={(e) => form.setDeadline(e.target.value)}
          />
          {form.visibility === 'PUBLIC' && (
            <Field
              label={intl.formatMessage({
                id: 'embargo.newLetter.publishAt',
                defaultMessage: 'Embargoed until (optional): public only from then',
              })}
              type="datetime-local"
              value={form.publishAt}
              onChange={(e) => form.setPublishAt(e.target.value)}
            />
          )}
          <ErrorNote
            error={form.result.error}
            words={{
              FORBIDDEN: intl.formatMessage({
                id: 'newLetter.confirmEmail',
                defaultMessage: 'Please confirm your email address first.',
              }),
            }}
          />
          <Submit
            busy={form.result.fetching}
            busyText={<FormattedMessage id="newLetter.saving" defaultMessage="Saving…" />}
          >
            <FormattedMessage id="newLetter.submit" defaultMessage="Save the draft" />
          </Submit>
        </form>
      )}
    </>
  );
}
