import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { ErrorNote, Field, Notice, PageTitle, Submit } from '../../ui';
import { useSignUp } from './hooks/use-sign-up';

export function SignUpPage() {
  const { name, setName, email, setEmail, password, setPassword, result, submit } = useSignUp();
  const intl = useIntl();

  if (result.data?.signUp) {
    return (
      <>
        <PageTitle>
          <FormattedMessage id="account.signUp.sentTitle" defaultMessage="Check your email" />
        </PageTitle>
        <Notice>
          <FormattedMessage
            id="account.signUp.sent"
            defaultMessage="We sent a link to <bdi>{email}</bdi>. Open it to confirm your address, then <link>sign in</link>."
            values={{
              email,
              bdi: (chunks) => <bdi>{chunks}</bdi>,
              link: (chunks) => <Link href="/signin">{chunks}</Link>,
            }}
          />
        </Notice>
      </>
    );
  }
  return (
    <>
      <PageTitle>
        <FormattedMessage id="account.signUp.title" defaultMessage="Create an account" />
      </PageTitle>
      <form className="card narrow" onSubmit={submit}>
        <Field
          label={intl.formatMessage({ id: 'account.signUp.name', defaultMessage: 'Your name' })}
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Field
          label={intl.formatMessage({ id: 'account.signUp.email', defaultMessage: 'Email' })}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label={intl.formatMessage({ id: 'account.signUp.password', defaultMessage: 'Password' })}
          hint={intl.formatMessage(
            { id: 'account.signUp.passwordHint', defaultMessage: 'At least {count, number} characters.' },
            { count: 12 },
          )}
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorNote
          error={result.error}
          words={{
            BAD_USER_INPUT: intl.formatMessage(
              {
                id: 'account.signUp.badInput',
                defaultMessage:
                  'Please check the email address, and use a password of at least {count, number} characters.',
              },
              { count: 12 },
            ),
          }}
        />
        <Submit
          busy={result.fetching}
          busyText={<FormattedMessage id="account.signUp.busy" defaultMessage="Creating your account…" />}
        >
          <FormattedMessage id="account.signUp.submit" defaultMessage="Create account" />
        </Submit>
      </form>
    </>
  );
}
