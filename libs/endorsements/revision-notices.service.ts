import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { User } from '@undersigned/accounts';
import { plainLine, quoteText, storedMailLanguage, type MailMessage } from '@undersigned/common';
import { boundedVersionDiff, wordDiff, type Letter, type LetterVersion, type Revision } from '@undersigned/letters';
import { Membership, SIGNING_ROLES } from '@undersigned/organisations';
import type { Endorsement } from './endorsement.entity';
import { ENDORSEMENT_NOTICES, type EndorsementNoticeKind } from './endorsement-notices';
import { minorEditNotice, guestRevisionNotice } from './guest-mails';
import { OBJECTION_PATH } from './minor-edit-objections.service';

/** A signatory kept SIGNED through a minor edit, with the version it signed and its objection link's token. */
export interface KeptSignatory {
  endorsement: Endorsement;
  signedVersion: LetterVersion;
  token: string;
}

/** Characters of the lead's title a subject shows: the rest of the subject is the platform's. */
const SUBJECT_TITLE_MAX = 60;

/** The mail each signing organisation receives when the text changes or its endorsement is rejected. */
@Injectable()
export class RevisionNoticesService {
  async build(
    manager: EntityManager,
    revision: Revision,
    endorsements: { reconfirm: Endorsement[]; kept: KeptSignatory[] },
    publicUrl: string,
    manageLinks: ReadonlyMap<string, string> = new Map(),
  ): Promise<MailMessage[]> {
    const all = [...endorsements.reconfirm, ...endorsements.kept.map((k) => k.endorsement)];
    if (!all.length) return [];
    const signers = await this.signersOf(manager, all);
    const link = `${publicUrl}/letters/${revision.letter.slug}`;
    // The drafters' words (note, diff, title) are quoted and unclickable: the platform mails them.
    const note = revision.version.note ? `Note from the drafters:\n\n${quoteText(revision.version.note)}\n\n` : '';
    const title = `"${plainLine(revision.letter.title, SUBJECT_TITLE_MAX)}"`;
    const messages: MailMessage[] = [];
    if (endorsements.reconfirm.length) {
      // A diff too costly to compute must not fail the revision: the mail points to the letter instead.
      const bounded = await boundedVersionDiff(revision.previous, revision.version);
      const quoted = bounded === undefined ? undefined : quoteText(bounded);
      const diff = quoted ?? `The changes are too large to show here; read the whole new text at ${link}\n`;
      const changes = `New content hash: ${revision.version.contentHash}\n\nWhat changed:\n\n${diff}\n`;
      for (const endorsement of endorsements.reconfirm) {
        const manage = manageLinks.get(endorsement.id);
        for (const to of signers.get(endorsement.organisationId) ?? []) {
          if (manage && to === endorsement.signedByEmail) {
            // A guest signer (no account) re-confirms from its manage link, the only way it has,
            // told in the language of the page it signed on.
            messages.push(
              guestRevisionNotice({
                to,
                language: storedMailLanguage(endorsement.signedLanguage),
                title: plainLine(revision.letter.title, SUBJECT_TITLE_MAX),
                note: revision.version.note ? quoteText(revision.version.note) : null,
                contentHash: revision.version.contentHash,
                diff: quoted,
                letterLink: link,
                manageUrl: manage,
              }),
            );
            continue;
          }
          messages.push({
            to,
            subject: `Please re-confirm your endorsement (Undersigned): ${title}`,
            text:
              'The text of the letter your organisation endorsed has changed. Your organisation is no longer listed ' +
              'until you re-confirm against the new text.\n\n' +
              note +
              changes +
              `Read and re-confirm: ${link}\n`,
          });
        }
      }
    }
    // Kept signatories see the words changed since the version they signed, not since the last one.
    const diffs = new Map<string, string>();
    for (const { signedVersion } of endorsements.kept) {
      if (!diffs.has(signedVersion.id)) diffs.set(signedVersion.id, await wordDiff(signedVersion, revision.version));
    }
    for (const { endorsement, signedVersion, token } of endorsements.kept) {
      const objection = `${publicUrl}${OBJECTION_PATH}?token=${encodeURIComponent(token)}`;
      for (const to of signers.get(endorsement.organisationId) ?? []) {
        // Told in the language of the page it signed on (English for a member's signature).
        messages.push(
          minorEditNotice({
            to,
            language: storedMailLanguage(to === endorsement.signedByEmail ? endorsement.signedLanguage : null),
            title: plainLine(revision.letter.title, SUBJECT_TITLE_MAX),
            note: revision.version.note ? quoteText(revision.version.note) : null,
            signedVersion: signedVersion.number,
            diff: quoteText(diffs.get(signedVersion.id) ?? ''),
            contentHash: revision.version.contentHash,
            objectionUrl: objection,
            letterLink: link,
          }),
        );
      }
    }
    return messages;
  }

  /** The leads' decision `kind` about an endorsement, addressed to its signers, or null when it has none to mail. */
  async aboutEndorsement(
    manager: EntityManager,
    kind: EndorsementNoticeKind,
    letter: Letter,
    endorsement: Endorsement,
    publicUrl: string,
  ): Promise<MailMessage | null> {
    return this.toSigners(manager, endorsement, ENDORSEMENT_NOTICES[kind](letter, endorsement, publicUrl));
  }

  /** `message` addressed to the endorsing organisation's signers, or null when it has none to mail. */
  private async toSigners(
    manager: EntityManager,
    endorsement: Endorsement,
    message: Omit<MailMessage, 'to'>,
  ): Promise<MailMessage | null> {
    const to = (await this.signersOf(manager, [endorsement])).get(endorsement.organisationId);
    return to?.length ? { to, ...message } : null;
  }

  /**
   * Who speaks for each organisation now: the member who signed, while they may still sign for
   * it; otherwise its current OWNERs and SIGNATORYs; for an organisation without members, the
   * address its guest signer signed from (signByInvitation). Someone who left is never told.
   */
  private async signersOf(manager: EntityManager, endorsements: Endorsement[]): Promise<Map<string, string[]>> {
    const members = await manager.find(Membership, {
      where: { organisationId: In(endorsements.map((e) => e.organisationId)), role: In([...SIGNING_ROLES]) },
      relations: { user: true },
    });
    const result = new Map<string, string[]>();
    for (const endorsement of endorsements) {
      const signing = members.filter((m) => m.organisationId === endorsement.organisationId);
      const signer = signing.filter((m) => m.userId === endorsement.signedById);
      const speaking = (signer.length ? signer : signing).map((m) => (m.user as User).email);
      const guest = endorsement.signedByEmail ? [endorsement.signedByEmail] : [];
      result.set(endorsement.organisationId, speaking.length ? speaking : guest);
    }
    return result;
  }
}
