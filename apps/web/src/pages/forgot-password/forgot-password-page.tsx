import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ErrorNote, Field, Notice, PageTitle, Submit } from '../../ui';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** From the sign-in page: asks for a reset link by mail. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [result, request] = useMutation(RequestPasswordReset);
  const intl = useIntl();
  const backToSignIn = (
    <Link href="/signin">
      <FormattedMessage id="account.forgot.backToSignIn" defaultMessage="Back to sign in" />
    </Link>
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    void request({ email });
  }

  if (result.data?.requestPasswordReset) {
    return (
      <>
        <PageTitle>
          <FormattedMessage id="account.forgot.sentTitle" defaultMessage="Check your email" />
        </PageTitle>
        <Notice>
          <FormattedMessage
            id="account.forgot.sent"
            defaultMessage="If an account has this address, a link to choose a new password is on its way to <bdi>{email}</bdi>. The link works for one hour, once."
            values={{ email, bdi: (chunks) => <bdi>{chunks}</bdi> }}
          />
        </Notice>
        <p>{backToSignIn}</p>
      </>
    );
  }
  return (
    <>
      <PageTitle>
        <FormattedMessage id="account.forgot.title" defaultMessage="Forgot your password?" />
      </PageTitle>
      <form onSubmit={submit} className="card narrow">
        <p>
          <FormattedMessage
            id="account.forgot.intro"
            defaultMessage="Enter the address of your account. We will mail you a link to choose a new password; it works for one hour."
          />
        </p>
        <Field
          label={intl.formatMessage({ id: 'account.forgot.email', defaultMessage: 'Email' })}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <ErrorNote error={result.error} />
        <Submit busy={result.fetching} busyText={<FormattedMessage id="ui.sending" defaultMessage="Sending…" />}>
          <FormattedMessage id="account.forgot.submit" defaultMessage="Mail me a link" />
        </Submit>
      </form>
      <p>{backToSignIn}</p>
    </>
  );
}
