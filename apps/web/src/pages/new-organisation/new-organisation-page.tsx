import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ErrorNote, Field, PageTitle, Submit, TextArea } from '../../ui';

const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

export function NewOrganisationPage() {
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ name: '', country: '', website: '', description: '' });
  const [result, create] = useMutation(CreateOrganisation);
  const intl = useIntl();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <>
      <PageTitle>
        <FormattedMessage id="organisation.new.title" defaultMessage="Create an organisation" />
      </PageTitle>
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const input = {
            name: form.name,
            country: form.country || null,
            website: form.website || null,
            description: form.description || null,
          };
          const response = await create({ input });
          const created = response.data?.createOrganisation;
          if (created) navigate(`/organisations/${created.id}`);
        }}
      >
        <Field
          label={intl.formatMessage({ id: 'organisation.new.name', defaultMessage: 'Name' })}
          required
          value={form.name}
          onChange={set('name')}
        />
        <Field
          label={intl.formatMessage({ id: 'organisation.new.country', defaultMessage: 'Country' })}
          hint={intl.formatMessage({
            id: 'organisation.new.countryHint',
            defaultMessage: 'A two-letter code such as GB, or a region name.',
          })}
          value={form.country}
          onChange={set('country')}
        />
        <Field
          label={intl.formatMessage({ id: 'organisation.new.website', defaultMessage: 'Website' })}
          type="url"
          placeholder={intl.formatMessage({ id: 'organisation.new.websitePlaceholder', defaultMessage: 'https://' })}
          value={form.website}
          onChange={set('website')}
        />
        <TextArea
          label={intl.formatMessage({ id: 'organisation.new.description', defaultMessage: 'Description' })}
          rows={3}
          value={form.description}
          onChange={set('description')}
        />
        <ErrorNote
          error={result.error}
          words={{
            FORBIDDEN: intl.formatMessage({
              id: 'organisation.new.unconfirmed',
              defaultMessage: 'Please confirm your email address first: open the link we sent you.',
            }),
          }}
        />
        <Submit
          busy={result.fetching}
          busyText={<FormattedMessage id="organisation.new.busy" defaultMessage="Creating…" />}
        >
          <FormattedMessage id="organisation.new.submit" defaultMessage="Create organisation" />
        </Submit>
      </form>
    </>
  );
}
