import {
  defang,
  escapeHtml,
  formatMailTime,
  MailLanguage,
  plainLine,
  quoteText,
  type MailMessage,
} from '@undersigned/common';
import type { Letter } from '@undersigned/letters';

/** Who invites, as the mail names them: the person and the lead organisation they act for. */
export interface Inviter {
  person: string;
  organisation: string;
}

export interface InvitationMailInput {
  letter: Letter;
  to: string[];
  inviter: Inviter;
  /** The invited organisation's name, or the name an email invitation gave; null when none. */
  invitee: string | null;
  message: string | null;
  /** The inviter's IANA time zone (the web app sends it): an embargo's hour is named in it. */
  timeZone?: string;
  acceptUrl: string;
  /** Where the reader can read the letter beside the invitation; null when only the invitation's link opens it. */
  letterUrl: string | null;
}

/** Names in a subject: one line each, short, and nothing in them a mail client could link. */
const NAME_MAX = 80;

/**
 * The invitation to co-sign, framed by the platform: its own subject and first line saying who
 * invites whom, the letter's title and the sender's message shown as quoted, defanged text (never
 * a link, never markup), and the platform's two links as the only things to click. What the
 * inviter writes can then not pass for a message from the platform (`MAIL_FROM`).
 */
export function invitationMail(input: InvitationMailInput): MailMessage {
  const person = plainLine(input.inviter.person, NAME_MAX) || 'Someone';
  const organisation = plainLine(input.inviter.organisation, NAME_MAX) || 'an organisation';
  const invitee = (input.invitee && plainLine(input.invitee, NAME_MAX)) || 'your organisation';
  const headline = `${person} of ${organisation} invites ${invitee} to co-sign a letter`;
  const title = plainLine(input.letter.title, 300);
  const deadline = input.letter.endorsementDeadline
    ? `Please respond by ${input.letter.endorsementDeadline.toUTCString()}.`
    : null;
  const embargo = embargoLine(input.letter, input.timeZone);
  const answer = input.letterUrl ? 'Accept or decline the invitation' : 'Read the letter, and sign or decline';
  const note = `${person} wrote the message below; Undersigned shows it as sent, with its web and email addresses made unclickable.`;

  const text = [
    `${headline}.`,
    '',
    `The letter: "${title}"`,
    ...(input.message ? ['', note, '', quoteText(input.message)] : []),
    ...(deadline ? ['', deadline] : []),
    ...(embargo ? ['', embargo] : []),
    ...(input.letterUrl ? ['', `Read the letter: ${input.letterUrl}`] : []),
    '',
    `${answer}: ${input.acceptUrl}`,
    '',
  ].join('\n');

  const quoted = input.message
    ? `<p>${escapeHtml(note)}</p>\n<blockquote style="margin:0 0 1em;padding:0 1em;border-left:3px solid #ccc;color:#444">` +
      defang(input.message.replace(/\r\n?/g, '\n'))
        .split('\n')
        .map((line) => escapeHtml(line))
        .join('<br>\n') +
      '</blockquote>\n'
    : '';
  const html =
    `<p>${escapeHtml(headline)}.</p>\n` +
    `<p>The letter: &ldquo;${escapeHtml(title)}&rdquo;</p>\n` +
    quoted +
    (deadline ? `<p>${escapeHtml(deadline)}</p>\n` : '') +
    (embargo ? `<p>${escapeHtml(embargo)}</p>\n` : '') +
    (input.letterUrl ? `<p><a href="${escapeHtml(input.letterUrl)}">Read the letter</a></p>\n` : '') +
    `<p><a href="${escapeHtml(input.acceptUrl)}">${answer}</a></p>\n`;

  return { to: input.to, subject: headline, text, html };
}

/**
 * A letter under embargo (contract stage 11), said in the invitation: its hour in the inviter's
 * time zone, and in UTC, for a reader who may live in another.
 */
function embargoLine(letter: Letter, timeZone: string | undefined): string | null {
  if (!letter.publishAt || letter.publishAt.getTime() <= Date.now()) return null;
  const local = formatMailTime(letter.publishAt, MailLanguage.EN, timeZone);
  const utc = formatMailTime(letter.publishAt, MailLanguage.EN, 'UTC');
  return `Embargoed until ${local}${local === utc ? '' : ` (${utc})`}: do not share it before then.`;
}
