import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { User } from '@undersigned/accounts';
import type { MailMessage } from '@undersigned/common';
import { boundedVersionDiff, type Letter, type Revision } from '@undersigned/letters';
import { Membership, SIGNING_ROLES } from '@undersigned/organisations';
import type { Endorsement } from './endorsement.entity';

/** The mail each signing organisation receives when the text changes or its endorsement is rejected. */
@Injectable()
export class RevisionNotices {
  async build(
    manager: EntityManager,
    revision: Revision,
    endorsements: { reconfirm: Endorsement[]; kept: Endorsement[] },
    publicUrl: string,
  ): Promise<MailMessage[]> {
    const all = [...endorsements.reconfirm, ...endorsements.kept];
    if (!all.length) return [];
    const signers = await this.signersOf(manager, all);
    const link = `${publicUrl}/letters/${revision.letter.slug}`;
    // A diff too costly to compute must not fail the revision: the mail points to the letter instead.
    const diff =
      (await boundedVersionDiff(revision.previous, revision.version)) ??
      `The changes are too large to show here; read the whole new text at ${link}\n`;
    const note = revision.version.note ? `Note from the drafters: ${revision.version.note}\n\n` : '';
    const changes = `New content hash: ${revision.version.contentHash}\n\nWhat changed:\n\n${diff}\n`;
    const mail = (endorsement: Endorsement, reconfirm: boolean): MailMessage[] =>
      (signers.get(endorsement.organisationId) ?? []).map((to) => ({
        to,
        subject: reconfirm
          ? `Please re-confirm your endorsement: ${revision.letter.title}`
          : `The letter you endorsed was edited: ${revision.letter.title}`,
        text:
          (reconfirm
            ? 'The text of the letter your organisation endorsed has changed. Your organisation is no longer listed ' +
              'until you re-confirm against the new text.\n\n'
            : 'The letter your organisation endorsed had a minor edit, which your organisation agreed to accept: ' +
              'your endorsement stands on the version you signed.\n\n') +
          note +
          changes +
          `Read and ${reconfirm ? 're-confirm' : 'review'}: ${link}\n`,
      }));
    return [
      ...endorsements.reconfirm.flatMap((e) => mail(e, true)),
      ...endorsements.kept.flatMap((e) => mail(e, false)),
    ];
  }

  async rejection(
    manager: EntityManager,
    letter: Letter,
    endorsement: Endorsement,
    publicUrl: string,
  ): Promise<MailMessage | null> {
    const to = (await this.signersOf(manager, [endorsement])).get(endorsement.organisationId);
    if (!to?.length) return null;
    return {
      to,
      subject: `Your endorsement was not accepted: ${letter.title}`,
      text:
        `The lead organisations of "${letter.title}" rejected your organisation's endorsement; it is not counted ` +
        `or listed.\n\n` +
        (endorsement.rejectReason ? `Their reason: ${endorsement.rejectReason}\n\n` : '') +
        `The letter: ${publicUrl}/letters/${letter.slug}\n`,
    };
  }

  async pendingApproval(
    manager: EntityManager,
    letter: Letter,
    endorsement: Endorsement,
    publicUrl: string,
  ): Promise<MailMessage | null> {
    const to = (await this.signersOf(manager, [endorsement])).get(endorsement.organisationId);
    if (!to?.length) return null;
    return {
      to,
      subject: `Your endorsement awaits the leads' approval: ${letter.title}`,
      text:
        `Your organisation signed "${letter.title}" under the name "${endorsement.displayName}", which is not its ` +
        `own name. The lead organisations see both names and decide whether it is listed that way; until then it ` +
        `is neither counted nor listed. You will hear from us either way.\n\n` +
        `To be listed at once under your organisation's own name, sign again without a display name.\n\n` +
        `The letter: ${publicUrl}/letters/${letter.slug}\n`,
    };
  }

  async approval(
    manager: EntityManager,
    letter: Letter,
    endorsement: Endorsement,
    publicUrl: string,
  ): Promise<MailMessage | null> {
    const to = (await this.signersOf(manager, [endorsement])).get(endorsement.organisationId);
    if (!to?.length) return null;
    return {
      to,
      subject: `Your endorsement was approved: ${letter.title}`,
      text:
        `The lead organisations of "${letter.title}" approved your organisation's endorsement under the name ` +
        `"${endorsement.displayName}": it is now counted and listed.\n\n` +
        `The letter: ${publicUrl}/letters/${letter.slug}\n`,
    };
  }

  /**
   * Who speaks for each organisation now: the member who signed, while they may still sign for
   * it; otherwise its current OWNERs and SIGNATORYs. Someone who left is never told.
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
      result.set(
        endorsement.organisationId,
        (signer.length ? signer : signing).map((m) => (m.user as User).email),
      );
    }
    return result;
  }
}
