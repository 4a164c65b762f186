import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { ErrorNote, Loading, PageTitle } from '../../../ui';
import { roleMessage } from '../../../member-roles';
import { useHome } from '../hooks/use-home';
import { EmailUnconfirmed } from './email-unconfirmed';
import { LetterList } from './letter-list';

/** The start page of someone signed in: their organisations and letters. */
export function SignedInHome() {
  const { result, home } = useHome();
  const intl = useIntl();
  if (!home) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  const { me, mine, others } = home;
  return (
    <>
      <PageTitle>
        <FormattedMessage id="home.welcome" defaultMessage="Welcome, {name}" values={{ name: me.name }} />
      </PageTitle>
      {!me.emailVerified && <EmailUnconfirmed />}
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">
          <FormattedMessage id="home.organisations.heading" defaultMessage="Your organisations" />
        </h2>
        {me.memberships.length === 0 ? (
          <p>
            <FormattedMessage
              id="home.organisations.none"
              defaultMessage="You are not a member of an organisation yet."
            />
          </p>
        ) : (
          <ul>
            {me.memberships.map((m) => (
              <li key={m.id}>
                <FormattedMessage
                  id="home.organisations.item"
                  defaultMessage="{organisation} {role}"
                  values={{
                    organisation: (
                      <Link href={`/organisations/${m.organisation.id}`}>
                        <bdi>{m.organisation.name}</bdi>
                      </Link>
                    ),
                    role: (
                      <span className="tag">
                        <FormattedMessage {...roleMessage(m.role)} />
                      </span>
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/organisations/new">
            <FormattedMessage id="home.organisations.create" defaultMessage="Create an organisation" />
          </Link>
        </p>
      </section>
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">
          <FormattedMessage id="home.letters.heading" defaultMessage="Your letters" />
        </h2>
        <LetterList
          items={mine}
          empty={intl.formatMessage({
            id: 'home.letters.none',
            defaultMessage: 'Your organisations lead no letter yet.',
          })}
        />
        {me.memberships.length > 0 && (
          <p>
            <Link href="/letters/new">
              <FormattedMessage id="home.letters.draft" defaultMessage="Draft a new letter" />
            </Link>
          </p>
        )}
        {others.length > 0 && (
          <>
            <h3>
              <FormattedMessage id="home.letters.others" defaultMessage="Other letters you can read" />
            </h3>
            <LetterList items={others} empty="" />
          </>
        )}
      </section>
    </>
  );
}
