import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { User } from '@undersigned/accounts';
import type { MailMessage } from '@undersigned/common';
import { boundedVersionDiff, type Revision } from '@undersigned/letters';
import type { Endorsement } from './endorsement.entity';

/** The mail each signing organisation's signer receives when the text changes. */
@Injectable()
export class RevisionNotices {
  async build(
    manager: EntityManager,
    revision: Revision,
    endorsements: Endorsement[],
    publicUrl: string,
  ): Promise<MailMessage[]> {
    const signerIds = endorsements.flatMap((e) => (e.signedById ? [e.signedById] : []));
    if (!signerIds.length) return [];
    const signers = await manager.find(User, { where: { id: In(signerIds) } });
    const link = `${publicUrl}/letters/${revision.letter.slug}`;
    // A diff too costly to compute must not fail the revision: the mail points to the letter instead.
    const diff =
      (await boundedVersionDiff(revision.previous, revision.version)) ??
      `The changes are too large to show here; read the whole new text at ${link}\n`;
    const { material } = revision.version;
    return signers.map((signer) => ({
      to: signer.email,
      subject: material
        ? `Please re-confirm your endorsement: ${revision.letter.title}`
        : `The letter you endorsed was edited: ${revision.letter.title}`,
      text:
        (material
          ? 'The text of the letter you endorsed has changed in substance. Your organisation is no longer listed ' +
            'until you re-confirm against the new text.\n\n'
          : 'The letter you endorsed was edited without changing what signatories agree to. Your endorsement ' +
            `stands on the version you signed.\n\n`) +
        (revision.version.note ? `Note from the drafters: ${revision.version.note}\n\n` : '') +
        `New content hash: ${revision.version.contentHash}\n\nWhat changed:\n\n${diff}\n` +
        `Read and ${material ? 're-confirm' : 'review'}: ${link}\n`,
    }));
  }
}
