import { useState, type FormEvent } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import type { CombinedError } from 'urql';
import { errorCode } from '../errors';

export type SigningFieldName = 'email' | 'organisationName' | 'country' | 'website' | 'signerName' | 'signerTitle';
export type SigningFieldErrors = Partial<Record<SigningFieldName | 'authorised', string>>;

/** "rightswatch.example" means its https site: the API takes an address with its scheme. */
function websiteOf(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** An address the server will take: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which field the server's BAD_USER_INPUT is about (its message names it), and what to say beside it. */
const WORDS = defineMessages({
  serverEmail: {
    id: 'signingFields.error.serverEmail',
    defaultMessage: 'This does not look like an email address that can receive the link. Please check it.',
  },
  serverWebsite: {
    id: 'signingFields.error.serverWebsite',
    defaultMessage: 'Enter the website’s address, such as https://rights.example.',
  },
  serverCountry: {
    id: 'signingFields.error.serverCountry',
    defaultMessage: 'Enter a two-letter code such as KE, or a region name.',
  },
  serverVerifiedName: {
    id: 'signingFields.error.serverVerifiedName',
    defaultMessage:
      'A verified organisation on Undersigned has this name: its members sign signed in. If it is yours, sign in; otherwise use your own organisation’s name.',
  },
  serverSignerName: { id: 'signingFields.error.serverSignerName', defaultMessage: 'Please check your name.' },
  serverSignerTitle: { id: 'signingFields.error.serverSignerTitle', defaultMessage: 'Please check your title.' },
  email: {
    id: 'signingFields.error.email',
    defaultMessage: 'Enter your email address, such as name@organisation.org: the confirmation link goes there.',
  },
  organisationName: {
    id: 'signingFields.error.organisationName',
    defaultMessage: 'Enter the name of the organisation you sign for.',
  },
  signerName: { id: 'signingFields.error.signerName', defaultMessage: 'Enter your name.' },
  signerTitle: { id: 'signingFields.error.signerTitle', defaultMessage: 'Enter your title, such as Director.' },
  authorised: {
    id: 'signingFields.error.authorised',
    defaultMessage: 'Only someone authorised to sign for the organisation may sign.',
  },
});

const SERVER_FIELD_ERRORS: [RegExp, SigningFieldName, MessageDescriptor][] = [
  [/\bemail\b/i, 'email', WORDS.serverEmail],
  [/\bwebsite\b/i, 'website', WORDS.serverWebsite],
  [/\bcountry\b/i, 'country', WORDS.serverCountry],
  [/verified organisation|organisationName|\bverified\b|badge/i, 'organisationName', WORDS.serverVerifiedName],
  [/signerName/, 'signerName', WORDS.serverSignerName],
  [/signerTitle/, 'signerTitle', WORDS.serverSignerTitle],
];

/**
 * The form an organisation signs with when it has no account (from an invitation mail, or by
 * open sign-on with `withEmail`): what is entered, the checks before sending, and the input the
 * API takes for it. `validate` marks each missing answer beside its field and focuses the first.
 */
export function useSigningFields({ organisationName = '', withEmail = false } = {}) {
  const intl = useIntl();
  const [form, setForm] = useState({
    email: '',
    organisationName,
    country: '',
    website: '',
    signerName: '',
    signerTitle: '',
    comment: '',
  });
  const [flags, setFlags] = useState({ anonymous: false, acceptMinorEdits: false, authorised: false });
  const [errors, setErrors] = useState<SigningFieldErrors>({});

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const check = (key: keyof typeof flags) => (event: { target: { checked: boolean } }) =>
    setFlags({ ...flags, [key]: event.target.checked });

  /** True when the form may be sent; otherwise each answer to correct is named, the first focused. */
  function validate(event: FormEvent<HTMLFormElement>): boolean {
    const found: SigningFieldErrors = {};
    if (withEmail && !EMAIL.test(form.email.trim())) {
      found.email = intl.formatMessage(WORDS.email);
    }
    if (!form.organisationName.trim()) found.organisationName = intl.formatMessage(WORDS.organisationName);
    if (!form.signerName.trim()) found.signerName = intl.formatMessage(WORDS.signerName);
    if (!form.signerTitle.trim()) found.signerTitle = intl.formatMessage(WORDS.signerTitle);
    if (!flags.authorised) found.authorised = intl.formatMessage(WORDS.authorised);
    setErrors(found);
    if (Object.keys(found).length === 0) return true;
    // The first field to correct takes the focus (once marked), its message read with it.
    const formElement = event.currentTarget;
    setTimeout(() => formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return false;
  }

  /** What the API's signing inputs (SignByInvitationInput, RequestToSignInput) share. */
  const signingInput = () => ({
    organisationName: form.organisationName.trim(),
    country: form.country.trim() || null,
    website: websiteOf(form.website),
    signerName: form.signerName.trim(),
    signerTitle: form.signerTitle.trim(),
    anonymous: flags.anonymous,
    acceptMinorEdits: flags.acceptMinorEdits,
    comment: form.comment.trim() || null,
    authorised: flags.authorised,
  });

  /**
   * Puts the server's refusal of one field beside that field (true), the first such field focused;
   * false when it is about no one field, for the form to say.
   */
  function placeServerError(error: CombinedError | undefined, formElement: HTMLFormElement | null): boolean {
    if (errorCode(error) !== 'BAD_USER_INPUT') return false;
    const message = error?.graphQLErrors[0]?.message ?? '';
    const found = SERVER_FIELD_ERRORS.find(
      ([pattern, field]) => pattern.test(message) && (withEmail || field !== 'email'),
    );
    if (!found) return false;
    setErrors({ [found[1]]: intl.formatMessage(found[2]) });
    setTimeout(() => formElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return true;
  }

  return { form, set, flags, check, errors, setErrors, validate, signingInput, placeServerError };
}

export type SigningFieldsState = ReturnType<typeof useSigningFields>;
