import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, invalidState, newSecretToken, notFound } from '@undersigned/common';
import { LetterVersion, lockLetterRow } from '@undersigned/letters';
import { AuditKind } from './audit/audit-event.entity';
import { AuditService } from './audit/audit.service';
import { CountsPublisher } from './counts.publisher';
import { EndorsementStatus } from './endorsement-status';
import { Endorsement } from './endorsement.entity';
import { letterDelivered } from './letter-delivered';
import { MinorEditObjectionLink } from './minor-edit-objection.entity';

/** Where the link of the mail opens: a page with one button (mail scanners follow links). */
export const OBJECTION_PATH = '/minor-edits/object';

/**
 * "This changes what we signed": a signatory kept SIGNED through a minor edit may, from the mail
 * that told it of the edit and without an account, set its endorsement aside until it re-confirms.
 */
@Injectable()
export class MinorEditObjectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly countsPublisher: CountsPublisher,
  ) {}

  /** A new link for one kept endorsement, in the revision's transaction; the token goes in the mail only. */
  async issue(manager: EntityManager, endorsement: Endorsement, version: LetterVersion): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.insert(MinorEditObjectionLink, {
      endorsementId: endorsement.id,
      versionId: version.id,
      signedVersionId: endorsement.signedVersionId,
      tokenHash: hash,
    });
    return token;
  }

  /**
   * SIGNED → NEEDS_RECONFIRMATION for the endorsement the link names, recorded in the audit trail.
   * NOT_FOUND for any other token or one already used; INVALID_STATE once the letter is delivered
   * or the endorsement no longer stands on the text the mail was about.
   */
  async object(token: string): Promise<true> {
    await this.dataSource.transaction(async (manager) => {
      const found =
        token.length <= 200
          ? await manager.findOne(MinorEditObjectionLink, { where: { tokenHash: hashToken(token) } })
          : null;
      if (!found || found.usedAt) throw notFound('Objection link');
      const located = await manager.findOneOrFail(Endorsement, {
        where: { id: found.endorsementId },
        select: { letterId: true },
      });
      // The letter first (shared, as signing and withdrawing do), so that delivery sees the result or refuses it.
      const letter = await lockLetterRow(manager, located.letterId, 'share');
      if (!letter) throw notFound('Letter');
      const link = await manager.findOneOrFail(MinorEditObjectionLink, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (link.usedAt) throw notFound('Objection link');
      if (await letterDelivered(manager, letter)) {
        throw invalidState('The letter has been delivered: its signatories are final');
      }
      const endorsement = await manager.findOneOrFail(Endorsement, {
        where: { id: link.endorsementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (endorsement.status !== EndorsementStatus.SIGNED || endorsement.signedVersionId !== link.signedVersionId) {
        throw invalidState('This endorsement no longer stands on the text this link was about');
      }
      await manager.update(MinorEditObjectionLink, { id: link.id }, { usedAt: new Date() });
      await manager.update(Endorsement, { id: endorsement.id }, { status: EndorsementStatus.NEEDS_RECONFIRMATION });
      const version = await manager.findOneOrFail(LetterVersion, { where: { id: link.versionId } });
      await this.audit.append(manager, letter.id, {
        kind: AuditKind.MINOR_EDIT_OBJECTED,
        organisationId: endorsement.organisationId,
        payload: { endorsementId: endorsement.id, version: version.number },
      });
      this.countsPublisher.changed(manager, letter.id);
    });
    return true;
  }
}
