import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { User } from '@undersigned/accounts';
import {
  APP_CONFIG,
  DomainError,
  ErrorCode,
  forbidden,
  invalidState,
  MailService,
  notFound,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import {
  isParticipant,
  LetterPolicy,
  LetterStatus,
  LetterVersion,
  LetterVisibility,
  RevisionHooks,
  type Letter,
  type Revision,
} from '@undersigned/letters';
import { Organisation, OrganisationPolicy, SIGNING_ROLES } from '@undersigned/organisations';
import { AuditKind } from './audit/audit-event.entity';
import { AuditService } from './audit/audit.service';
import { CountsPublisher } from './counts.publisher';
import type { EndorseInput, WithdrawInput } from './dto/endorsement.inputs';
import { toEndorsementObject, type EndorsementObject } from './dto/endorsement.objects';
import { EndorsementStatus, InvitationStatus } from './endorsement-status';
import { Endorsement } from './endorsement.entity';
import { Invitation } from './invitation.entity';
import { ReceiptService } from './receipts/receipt.service';
import { RevisionNotices } from './revision-notices';

@Injectable()
export class EndorsementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly letters: LetterPolicy,
    private readonly organisations: OrganisationPolicy,
    private readonly receipts: ReceiptService,
    private readonly audit: AuditService,
    private readonly counts: CountsPublisher,
    private readonly mail: MailService,
    private readonly revisionHooks: RevisionHooks,
    private readonly notices: RevisionNotices,
  ) {}

  onModuleInit(): void {
    this.revisionHooks.register((manager, revision) => this.onRevision(manager, revision));
  }

  /**
   * Signs the current text for an organisation. Idempotent: the same call, however often and
   * however concurrently, leaves one endorsement and returns it; a newer hash re-confirms.
   */
  async endorse(actor: Actor, input: EndorseInput): Promise<EndorsementObject> {
    const { endorsement, changed } = await this.dataSource.transaction(async (manager) => {
      const { letter, access } = await this.letters.readable(manager, actor, input.letterId);
      // Shared lock: endorsements proceed side by side, but not across a revision.
      await manager.query('SELECT 1 FROM letters WHERE id = $1 FOR SHARE', [letter.id]);
      await this.organisations.requireRole(manager, actor, input.organisationId, SIGNING_ROLES);
      const signer = await manager.findOneOrFail(User, { where: { id: actor.userId } });
      if (!signer.emailVerifiedAt) throw forbidden('Verify your email address before signing');
      if (letter.status !== LetterStatus.OPEN) throw invalidState(`A ${letter.status} letter cannot be endorsed`);
      if (letter.endorsementDeadline && letter.endorsementDeadline.getTime() <= Date.now()) {
        throw new DomainError(ErrorCode.DEADLINE_PASSED, 'The endorsement deadline has passed');
      }
      const version = await manager.findOneOrFail(LetterVersion, {
        where: { letterId: letter.id, number: letter.currentVersion },
      });
      if (input.contentHash !== version.contentHash) {
        throw new DomainError(
          ErrorCode.STALE_VERSION,
          'This is not the current text: read the latest version and sign its hash',
        );
      }
      await this.requireMaySign(manager, letter, input.organisationId, isParticipant(access));
      const organisation = await manager.findOneOrFail(Organisation, { where: { id: input.organisationId } });
      return this.sign(manager, actor, letter, version, organisation, input);
    });
    // A repeated call changed nothing: nobody needs telling again.
    if (changed) this.counts.changed(input.letterId);
    return toEndorsementObject(endorsement);
  }

  async withdraw(actor: Actor, input: WithdrawInput): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(Endorsement, { where: { id: input.endorsementId } });
      const role = found ? await this.organisations.roleOf(manager, actor.userId, found.organisationId) : null;
      if (!found || !role) throw notFound('Endorsement');
      if (!SIGNING_ROLES.includes(role)) throw forbidden('Only an OWNER or SIGNATORY can withdraw');
      const { letter } = await this.letters.readable(manager, actor, found.letterId);
      if (letter.status !== LetterStatus.OPEN) throw invalidState(`A ${letter.status} letter's endorsements are final`);
      if (found.status === EndorsementStatus.WITHDRAWN) return found;
      Object.assign(found, {
        status: EndorsementStatus.WITHDRAWN,
        withdrawnAt: new Date(),
        withdrawReason: input.reason ?? null,
      });
      await manager.save(found);
      await this.audit.append(manager, found.letterId, {
        kind: AuditKind.WITHDRAWN,
        organisationId: found.organisationId,
        actorId: actor.userId,
        payload: { endorsementId: found.id },
      });
      return found;
    });
    this.counts.changed(endorsement.letterId);
    return toEndorsementObject(endorsement);
  }

  async byIds(ids: readonly string[]): Promise<Endorsement[]> {
    return this.dataSource.getRepository(Endorsement).find({ where: { id: In([...ids]) } });
  }

  /** A PRIVATE letter is signed by its leads and invited organisations; a PUBLIC one by anyone. */
  private async requireMaySign(
    manager: EntityManager,
    letter: Letter,
    organisationId: string,
    participant: boolean,
  ): Promise<void> {
    if (letter.visibility === LetterVisibility.PUBLIC) return;
    const invited = await manager.exists(Invitation, {
      where: { letterId: letter.id, organisationId, status: In([InvitationStatus.PENDING, InvitationStatus.ACCEPTED]) },
    });
    const lead: unknown[] = await manager.query(
      'SELECT 1 FROM letter_leads WHERE letter_id = $1 AND organisation_id = $2 AND accepted_at IS NOT NULL',
      [letter.id, organisationId],
    );
    if (!invited && !lead.length) {
      if (!participant) throw notFound('Letter');
      throw forbidden('This organisation is not invited to endorse this letter');
    }
  }

  private async sign(
    manager: EntityManager,
    actor: Actor,
    letter: Letter,
    version: LetterVersion,
    organisation: Organisation,
    input: EndorseInput,
  ): Promise<{ endorsement: Endorsement; changed: boolean }> {
    const anonymous = input.anonymous ?? false;
    const existing = await manager
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.letter_id = :letterId AND e.organisation_id = :organisationId', {
        letterId: letter.id,
        organisationId: organisation.id,
      })
      .getOne();
    if (existing?.status === EndorsementStatus.SIGNED && existing.contentHash === version.contentHash) {
      if (existing.anonymous === anonymous) return { endorsement: existing, changed: false };
      existing.anonymous = anonymous;
      await manager.save(existing);
      await this.audit.append(manager, letter.id, {
        kind: AuditKind.ANONYMITY_CHANGED,
        organisationId: organisation.id,
        actorId: actor.userId,
        payload: { endorsementId: existing.id, anonymous },
      });
      return { endorsement: existing, changed: true };
    }
    const signedAt = new Date();
    const fields = {
      status: EndorsementStatus.SIGNED,
      signedVersionId: version.id,
      signedVersionNumber: version.number,
      contentHash: version.contentHash,
      signerName: input.signerName,
      signerTitle: input.signerTitle,
      displayName: input.displayName ?? organisation.name,
      anonymous,
      comment: input.comment ?? null,
      signedById: actor.userId,
      signedAt,
      withdrawnAt: null,
      withdrawReason: null,
    };
    const id = existing?.id ?? randomUUID(); // chosen here: the receipt names it
    const receipt = await this.receipts.sign({
      endorsementId: id,
      letterId: letter.id,
      versionNumber: version.number,
      contentHash: version.contentHash,
      organisationId: organisation.id,
      organisationName: organisation.name,
      signerName: input.signerName,
      signerTitle: input.signerTitle,
      signedAt: signedAt.toISOString(),
    });
    if (existing) {
      const reconfirming = existing.status === EndorsementStatus.NEEDS_RECONFIRMATION;
      Object.assign(existing, fields, { receipt });
      await manager.save(existing);
      await this.audit.append(manager, letter.id, {
        kind: reconfirming ? AuditKind.RECONFIRMED : AuditKind.SIGNED,
        organisationId: organisation.id,
        actorId: actor.userId,
        payload: { endorsementId: id, contentHash: version.contentHash, anonymous },
      });
      return { endorsement: existing, changed: true };
    }
    // Concurrent identical calls: one insert wins, the others wait for it and return its row.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Endorsement)
      .values({ id, letterId: letter.id, organisationId: organisation.id, ...fields, receipt })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) {
      const winner = await manager.findOneOrFail(Endorsement, {
        where: { letterId: letter.id, organisationId: organisation.id },
      });
      return { endorsement: winner, changed: false }; // the concurrent call that inserted it tells
    }
    await this.audit.append(manager, letter.id, {
      kind: AuditKind.SIGNED,
      organisationId: organisation.id,
      actorId: actor.userId,
      payload: { endorsementId: id, contentHash: version.contentHash, anonymous },
    });
    return { endorsement: await manager.findOneByOrFail(Endorsement, { id: row.id }), changed: true };
  }

  /**
   * A material revision asks every signatory to re-confirm against the diff; a non-material one
   * keeps them SIGNED on the version they signed, and tells them.
   */
  private async onRevision(manager: EntityManager, revision: Revision): Promise<() => void> {
    const affected = await manager
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .where('e.letter_id = :letterId AND e.status = :status', {
        letterId: revision.letter.id,
        status: EndorsementStatus.SIGNED,
      })
      .getMany();
    if (revision.version.material && affected.length) {
      await manager.update(
        Endorsement,
        { id: In(affected.map((e) => e.id)) },
        { status: EndorsementStatus.NEEDS_RECONFIRMATION },
      );
      for (const endorsement of affected) {
        await this.audit.append(manager, revision.letter.id, {
          kind: AuditKind.NEEDS_RECONFIRMATION,
          organisationId: endorsement.organisationId,
          payload: { endorsementId: endorsement.id, version: revision.version.number },
        });
      }
    }
    const messages = await this.notices.build(manager, revision, affected, this.config.publicUrl);
    for (const message of messages) await this.mail.enqueue(manager, message, 'revision notice');
    return () => {
      if (revision.version.material && affected.length) this.counts.changed(revision.letter.id);
    };
  }
}
