import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Route, Switch, useLocation } from 'wouter';
import { signOut, useSession } from './auth';
import { LanguagePicker } from './components/language-picker';
import { PublicLetterPage } from './pages/public-letter/public-letter-page';
import { Loading, PageTitle } from './ui';

// The signed-in app loads only when one of its pages opens: the public letter page stays light.
const SignIn = lazy(() => import('./pages/sign-in/sign-in-page').then((m) => ({ default: m.SignInPage })));
const SignUp = lazy(() => import('./pages/sign-up/sign-up-page').then((m) => ({ default: m.SignUpPage })));
const Home = lazy(() => import('./pages/home/home-page').then((m) => ({ default: m.HomePage })));
const VerifyEmail = lazy(() =>
  import('./pages/verify-email/verify-email-page').then((m) => ({ default: m.VerifyEmailPage })),
);
const MembershipInvitation = lazy(() =>
  import('./pages/membership-invitation/membership-invitation-page').then((m) => ({
    default: m.MembershipInvitationPage,
  })),
);
const LetterInvitation = lazy(() =>
  import('./pages/letter-invitation/letter-invitation-page').then((m) => ({ default: m.LetterInvitationPage })),
);
const ForgotPassword = lazy(() =>
  import('./pages/forgot-password/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPassword = lazy(() =>
  import('./pages/reset-password/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })),
);
const ConfirmEmailChange = lazy(() =>
  import('./pages/confirm-email-change/confirm-email-change-page').then((m) => ({
    default: m.ConfirmEmailChangePage,
  })),
);
const AccountSettings = lazy(() =>
  import('./pages/account-settings/account-settings-page').then((m) => ({ default: m.AccountSettingsPage })),
);
const NewOrganisation = lazy(() =>
  import('./pages/new-organisation/new-organisation-page').then((m) => ({ default: m.NewOrganisationPage })),
);
const OrganisationView = lazy(() =>
  import('./pages/organisation/organisation-page').then((m) => ({ default: m.OrganisationPage })),
);
const ConfirmSignature = lazy(() =>
  import('./pages/confirm-signature/confirm-signature-page').then((m) => ({ default: m.ConfirmSignaturePage })),
);
const WithdrawSignature = lazy(() =>
  import('./pages/withdraw-signature/withdraw-signature-page').then((m) => ({ default: m.WithdrawSignaturePage })),
);
const EraseData = lazy(() => import('./pages/erase-data/erase-data-page').then((m) => ({ default: m.EraseDataPage })));
const MinorEditObjection = lazy(() =>
  import('./pages/minor-edit-objection/minor-edit-objection-page').then((m) => ({
    default: m.MinorEditObjectionPage,
  })),
);
const ManageEndorsement = lazy(() =>
  import('./pages/manage-endorsement/manage-endorsement-page').then((m) => ({ default: m.ManageEndorsementPage })),
);
const ConfirmSignOn = lazy(() =>
  import('./pages/confirm-sign-on/confirm-sign-on-page').then((m) => ({ default: m.ConfirmSignOnPage })),
);
const Embed = lazy(() => import('./pages/embed/embed-page').then((m) => ({ default: m.EmbedPage })));
const NewLetter = lazy(() => import('./pages/new-letter/new-letter-page').then((m) => ({ default: m.NewLetterPage })));
const LetterView = lazy(() => import('./pages/letter/letter-page').then((m) => ({ default: m.LetterPage })));

function Header() {
  const signedIn = useSession();
  const intl = useIntl();
  return (
    <header className="site">
      <a className="skip" href="#main">
        <FormattedMessage id="header.skip" defaultMessage="Skip to content" />
      </a>
      <nav aria-label={intl.formatMessage({ id: 'header.nav', defaultMessage: 'Main' })}>
        <Link href="/" className="brand">
          <FormattedMessage id="header.brand" defaultMessage="Undersigned" />
        </Link>
        {signedIn ? (
          <>
            <span className="who" dir="auto">
              {signedIn.name}
            </span>
            <Link href="/account">
              <FormattedMessage id="header.account" defaultMessage="Your account" />
            </Link>
            <button type="button" className="link" onClick={() => void signOut()}>
              <FormattedMessage id="header.signOut" defaultMessage="Sign out" />
            </button>
          </>
        ) : (
          <>
            <Link href="/signin">
              <FormattedMessage id="header.signIn" defaultMessage="Sign in" />
            </Link>
            <Link href="/signup">
              <FormattedMessage id="header.signUp" defaultMessage="Create an account" />
            </Link>
          </>
        )}
        <LanguagePicker />
      </nav>
    </header>
  );
}

function NotFound() {
  return (
    <>
      <PageTitle>
        <FormattedMessage id="notFound.title" defaultMessage="Page not found" />
      </PageTitle>
      <p>
        <FormattedMessage
          id="notFound.text"
          defaultMessage="There is no page at this address. <link>Go to the start page</link>."
          values={{ link: (chunks) => <Link href="/">{chunks}</Link> }}
        />
      </p>
    </>
  );
}

/** A path segment decoded, or null when it is not valid percent-encoding (such as %E0): then not found. */
function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function App() {
  const [location] = useLocation();
  const embed = /^\/embed\/([^/]+)$/.exec(location);
  const embedSlug = embed ? decodedOrNull(embed[1]) : null;
  if (embedSlug !== null) {
    // Inside a partner's page: the form alone, without the site's header.
    return (
      <Suspense fallback={<Loading />}>
        <Embed slug={embedSlug} />
      </Suspense>
    );
  }
  return (
    <>
      <Header />
      <main id="main">
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/l/:slug">{(params) => <PublicLetterPage slug={params.slug} />}</Route>
            <Route path="/" component={Home} />
            <Route path="/signin" component={SignIn} />
            <Route path="/signup" component={SignUp} />
            <Route path="/verify-email" component={VerifyEmail} />
            <Route path="/forgot-password" component={ForgotPassword} />
            <Route path="/reset-password" component={ResetPassword} />
            <Route path="/confirm-email-change" component={ConfirmEmailChange} />
            <Route path="/account" component={AccountSettings} />
            <Route path="/invitations/membership" component={MembershipInvitation} />
            <Route path="/invitations/letter" component={LetterInvitation} />
            <Route path="/signatures/confirm" component={ConfirmSignature} />
            <Route path="/signatures/withdraw" component={WithdrawSignature} />
            <Route path="/signatures/erase" component={EraseData} />
            <Route path="/minor-edits/object" component={MinorEditObjection} />
            <Route path="/endorsements/manage" component={ManageEndorsement} />
            <Route path="/sign-on/confirm" component={ConfirmSignOn} />
            <Route path="/organisations/new" component={NewOrganisation} />
            <Route path="/organisations/:id">{(params) => <OrganisationView id={params.id} />}</Route>
            <Route path="/letters/new" component={NewLetter} />
            <Route path="/letters/:slug">{(params) => <LetterView slug={params.slug} />}</Route>
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
