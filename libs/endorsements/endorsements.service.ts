import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  DomainError,
  ErrorCode,
  forbidden,
  hideAs,
  invalidState,
  MailService,
  notFound,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import {
  LetterAccess,
  LetterPolicy,
  requireLeadRead,
  minorEditCheck,
  LetterStatus,
  LetterVersion,
  RevisionHooksService,
  type Letter,
  type Revision,
} from '@undersigned/letters';
import { Organisation, OrganisationPolicy, requireNameFreeOfVerified, SIGNING_ROLES } from '@undersigned/organisations';
import { AuditKind } from './audit/audit-event.entity';
import { AuditService } from './audit/audit.service';
import { CountsPublisher } from './counts.publisher';
import type { EndorseInput, WithdrawInput } from './dto/endorsement.inputs';
import { toEndorsementObject, type EndorsementObject } from './dto/endorsement.objects';
import { EndorsementStatus } from './endorsement-status';
import { Endorsement } from './endorsement.entity';
import { letterDelivered } from './letter-delivered';
import { ManageLinksService } from './manage-links.service';
import { ReceiptService } from './receipts/receipt.service';
import { MinorEditObjectionsService } from './minor-edit-objections.service';
import { RevisionNoticesService, type KeptSignatory } from './revision-notices.service';

@Injectable()
export class EndorsementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly letters: LetterPolicy,
    private readonly organisations: OrganisationPolicy,
    private readonly receipts: ReceiptService,
    private readonly audit: AuditService,
    private readonly countsPublisher: CountsPublisher,
    private readonly mail: MailService,
    private readonly revisionHooks: RevisionHooksService,
    private readonly notices: RevisionNoticesService,
    private readonly objections: MinorEditObjectionsService,
    private readonly manageLinks: ManageLinksService,
  ) {}

  onModuleInit(): void {
    this.revisionHooks.register((manager, revision) => this.onRevision(manager, revision));
  }

  /**
   * Signs the current text for an organisation. Idempotent: the same call, however often and
   * however concurrently, leaves one endorsement and returns it; a newer hash re-confirms.
   */
  async endorse(actor: Actor, input: EndorseInput): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      // Shared lock first: endorsements proceed side by side, but never across a revision or a
      // close, and everything decided below is read after it.
      const { letter } = await this.letters.locked(manager, actor, input.letterId, 'share');
      await this.organisations.requireRole(manager, actor, input.organisationId, SIGNING_ROLES);
      // The caller's verified email is checked by the guard (Permission.VERIFIED on endorseLetter).
      const version = await this.requireSignable(manager, letter, input.contentHash);
      if (!(await this.letters.maySign(manager, letter, input.organisationId))) {
        throw forbidden('This organisation is not invited to endorse this letter');
      }
      const organisation = await manager.findOneOrFail(Organisation, { where: { id: input.organisationId } });
      const signed = await this.signFor(manager, accountSigner(actor), letter, version, organisation, input);
      // A repeated call changed nothing: nobody needs telling again.
      if (signed.changed) this.countsPublisher.changed(manager, input.letterId);
      return signed.endorsement;
    });
    return toEndorsementObject(endorsement);
  }

  /**
   * The rules every signature meets, read under the letter's lock: the letter OPEN, its deadline
   * not passed, and `contentHash` the current version's (STALE_VERSION otherwise). Returns that version.
   */
  async requireSignable(manager: EntityManager, letter: Letter, contentHash: string): Promise<LetterVersion> {
    if (letter.status !== LetterStatus.OPEN) throw invalidState(`A ${letter.status} letter cannot be endorsed`);
    if (letter.endorsementDeadline && letter.endorsementDeadline.getTime() <= Date.now()) {
      throw new DomainError(ErrorCode.DEADLINE_PASSED, 'The endorsement deadline has passed');
    }
    const version = await manager.findOneOrFail(LetterVersion, {
      where: { letterId: letter.id, number: letter.currentVersion },
    });
    if (contentHash !== version.contentHash) {
      throw new DomainError(
        ErrorCode.STALE_VERSION,
        'This is not the current text: read the latest version and sign its hash',
      );
    }
    return version;
  }

  async withdraw(actor: Actor, input: WithdrawInput): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      const { found, letter } = await this.lockedEndorsement(manager, actor, input.endorsementId, 'share');
      const role = await this.organisations.actingRoleOf(manager, actor, found.organisationId);
      if (!role) throw notFound('Endorsement');
      if (!SIGNING_ROLES.includes(role)) throw forbidden('Only an OWNER or SIGNATORY can withdraw');
      if (letter.status !== LetterStatus.OPEN) throw invalidState(`A ${letter.status} letter's endorsements are final`);
      // Subscribers hear of a withdrawal once it commits, a repeated one included.
      this.countsPublisher.changed(manager, found.letterId);
      if (found.status === EndorsementStatus.WITHDRAWN) return found;
      if (found.status === EndorsementStatus.REJECTED) throw invalidState('This endorsement was rejected by the leads');
      const withdrawn = {
        status: EndorsementStatus.WITHDRAWN,
        withdrawnAt: new Date(),
        withdrawReason: input.reason ?? null,
      };
      await this.settle(manager, found, withdrawn, AuditKind.WITHDRAWN, actor);
      return found;
    });
    return toEndorsementObject(endorsement);
  }

  /**
   * A lead's OWNER or COORDINATOR refuses an endorsement (an impersonation, say): it is no longer
   * counted or listed, the signer is told, and the audit trail records it. Final for the letter.
   */
  async reject(actor: Actor, input: { endorsementId: string; reason: string | null }): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      const { found, letter, access } = await this.lockedEndorsement(manager, actor, input.endorsementId, 'update');
      requireLeadRead(access, () => notFound('Endorsement'));
      await this.letters.requireActingLead(manager, actor, letter.id);
      if (found.status === EndorsementStatus.REJECTED) return found;
      const delivered = await letterDelivered(manager, letter);
      if (letter.status === LetterStatus.DRAFT || delivered) {
        throw invalidState('Endorsements of a delivered letter are final');
      }
      const rejected = {
        status: EndorsementStatus.REJECTED,
        rejectedAt: new Date(),
        rejectReason: input.reason ?? null,
      };
      await this.settle(manager, found, rejected, AuditKind.REJECTED, actor);
      const notice = await this.notices.aboutEndorsement(manager, 'rejection', letter, found, this.config.publicUrl);
      if (notice) await this.mail.enqueue(manager, notice, 'rejection notice');
      this.countsPublisher.changed(manager, found.letterId);
      return found;
    });
    return toEndorsementObject(endorsement);
  }

  /**
   * A lead's OWNER or COORDINATOR lets an endorsement waiting for them stand (PENDING_APPROVAL ->
   * SIGNED): one that came by open sign-on, or one under a display name other than its
   * organisation's (or both). From then on it is counted and listed under that name, the signer is
   * told, and the audit trail records who approved which name.
   */
  async approve(actor: Actor, endorsementId: string): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      const { found, letter, access } = await this.lockedEndorsement(manager, actor, endorsementId, 'update');
      if (access !== LetterAccess.LEAD) throw notFound('Endorsement');
      await this.letters.requireActingLead(manager, actor, letter.id);
      // No one approves the name their own organisation asked for: a lead signing its own letter
      // under "World Uyghur Congress" needs another lead's approval (or signs under its own name).
      const member: unknown[] = await manager.query(
        'SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2',
        [found.organisationId, actor.userId],
      );
      if (member.length) {
        throw forbidden(
          "A member of the endorsing organisation cannot approve its display name: another lead organisation's OWNER or COORDINATOR must",
        );
      }
      if (found.status !== EndorsementStatus.PENDING_APPROVAL) {
        throw invalidState(`This endorsement is ${found.status}: there is nothing to approve`);
      }
      if (await letterDelivered(manager, letter)) {
        throw invalidState('Endorsements of a delivered letter are final');
      }
      // One approval serves both waits: a signature by open sign-on, and the name it asked for.
      const signOn = awaitsSignOnApproval(found);
      const approved = {
        status: EndorsementStatus.SIGNED,
        approvedDisplayName: found.displayName,
        ...(signOn ? { signOnApprovedAt: new Date() } : {}),
      };
      await this.settle(
        manager,
        found,
        approved,
        signOn ? AuditKind.SIGN_ON_APPROVED : AuditKind.DISPLAY_NAME_APPROVED,
        actor,
        { displayName: found.displayName },
      );
      const notice = await this.notices.aboutEndorsement(manager, 'approval', letter, found, this.config.publicUrl);
      if (notice) await this.mail.enqueue(manager, notice, 'approval notice');
      this.countsPublisher.changed(manager, found.letterId);
      return found;
    });
    return toEndorsementObject(endorsement);
  }

  /**
   * A decision about an endorsement (withdrawn, rejected, name approved): its new state saved and
   * the decision appended to the letter's audit trail, in the caller's transaction.
   */
  private async settle(
    manager: EntityManager,
    found: Endorsement,
    changes: Partial<Endorsement>,
    kind: AuditKind,
    actor: Actor,
    payload: Record<string, unknown> = {},
  ): Promise<void> {
    Object.assign(found, changes);
    await manager.save(found);
    await this.audit.append(manager, found.letterId, {
      kind,
      organisationId: found.organisationId,
      actorId: actor.userId,
      payload: { endorsementId: found.id, ...payload },
    });
  }

  /**
   * Tells the signer that its endorsement waits for the leads' approval of its display name. One
   * that came by open sign-on waits for their approval of the signature itself, as the guest's
   * receipt says.
   */
  private async tellPending(manager: EntityManager, letter: Letter, endorsement: Endorsement): Promise<void> {
    if (endorsement.status !== EndorsementStatus.PENDING_APPROVAL || awaitsSignOnApproval(endorsement)) return;
    const notice = await this.notices.aboutEndorsement(
      manager,
      'pendingApproval',
      letter,
      endorsement,
      this.config.publicUrl,
    );
    if (notice) await this.mail.enqueue(manager, notice, 'pending approval notice');
  }

  /** Whether the endorsement a receipt names still stands on the hash and signing the receipt attests. */
  async standsAsReceipted(endorsementId: string, contentHash: string, signedAt: string): Promise<boolean> {
    const found = await this.dataSource.getRepository(Endorsement).findOne({ where: { id: endorsementId } });
    return (
      !!found &&
      found.status === EndorsementStatus.SIGNED &&
      found.contentHash === contentHash &&
      found.signedAt.toISOString() === signedAt
    );
  }

  /**
   * An endorsement and its letter, the letter locked first (`mode`) and the endorsement row then
   * locked and read, for changes that must not race signing, revising or delivery. NOT_FOUND
   * when the caller may not see the letter.
   */
  private async lockedEndorsement(
    manager: EntityManager,
    actor: Actor,
    endorsementId: string,
    mode: 'share' | 'update',
  ): Promise<{ found: Endorsement; letter: Letter; access: LetterAccess }> {
    const located = await manager.findOne(Endorsement, { where: { id: endorsementId }, select: { letterId: true } });
    if (!located) throw notFound('Endorsement');
    // The letter's NOT_FOUND would say that the endorsement exists: answer for the endorsement.
    const { letter, access } = await this.letters
      .locked(manager, actor, located.letterId, mode)
      .catch(hideAs('Endorsement', [ErrorCode.NOT_FOUND]));
    const found = await manager
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :endorsementId', { endorsementId })
      .getOneOrFail();
    return { found, letter, access };
  }

  async byIds(ids: readonly string[]): Promise<Endorsement[]> {
    return this.dataSource.getRepository(Endorsement).find({ where: { id: In([...ids]) } });
  }

  /**
   * Signs `version` for `organisation` in the caller's transaction, which holds the letter's lock
   * and has checked requireSignable and who may sign. Idempotent: the same text and name signed
   * again change nothing but the organisation's choices (anonymous, minor edits).
   */
  async signFor(
    manager: EntityManager,
    signer: Signer,
    letter: Letter,
    version: LetterVersion,
    organisation: Organisation,
    input: SignInput,
  ): Promise<{ endorsement: Endorsement; changed: boolean }> {
    const existing = await manager
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.letter_id = :letterId AND e.organisation_id = :organisationId', {
        letterId: letter.id,
        organisationId: organisation.id,
      })
      .getOne();
    if (existing?.status === EndorsementStatus.REJECTED) {
      throw invalidState("The letter's leads rejected this organisation's endorsement");
    }
    // Signing answers the invitation: it can no longer expire or be declined under the signature.
    await manager.query(
      `UPDATE letter_invitations SET status = 'ACCEPTED', responded_at = now()
        WHERE letter_id = $1 AND organisation_id = $2 AND status = 'PENDING'`,
      [letter.id, organisation.id],
    );
    // An omitted flag keeps what the organisation chose before: a retry or a re-confirmation
    // that forgets `anonymous` must never name an organisation that signed unnamed.
    const anonymous = input.anonymous ?? existing?.anonymous ?? false;
    const acceptMinorEdits = input.acceptMinorEdits ?? existing?.acceptMinorEdits ?? false;
    const displayName = input.displayName ?? existing?.displayName ?? organisation.name;
    // A name asked for must not read like the verified badge nor carry a verified organisation's
    // name (other than this organisation's own) inside it: no lead's approval makes that true.
    if (input.displayName != null && !sameName(input.displayName, organisation.name)) {
      await requireNameFreeOfVerified(manager, input.displayName, organisation.id);
    }
    // A name other than the organisation's own is shown only once a lead approved it: a verified
    // badge under "World Uyghur Congress" must not be anyone's for the asking.
    // A signature by open sign-on waits for a lead's approval once (or none, approved at once);
    // re-confirming it, from its manage link or an account, keeps what was decided.
    const awaitsLeads = existing ? awaitsSignOnApproval(existing) : signer.signOn !== null && !signer.signOn.approved;
    const status =
      awaitsLeads || needsApproval(displayName, organisation.name, existing?.approvedDisplayName ?? null)
        ? EndorsementStatus.PENDING_APPROVAL
        : EndorsementStatus.SIGNED;
    if (
      existing &&
      existing.status === status &&
      existing.contentHash === version.contentHash &&
      existing.displayName === displayName
    ) {
      return this.changeSettings(manager, signer, existing, { anonymous, acceptMinorEdits });
    }
    const signedAt = new Date();
    const fields = {
      status,
      signedVersionId: version.id,
      signedVersionNumber: version.number,
      contentHash: version.contentHash,
      signerName: input.signerName,
      signerTitle: input.signerTitle,
      displayName,
      anonymous,
      acceptMinorEdits,
      comment: input.comment ?? null,
      signedById: signer.userId,
      signedByEmail: signer.email,
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
        actorId: signer.userId,
        payload: { endorsementId: id, contentHash: version.contentHash, anonymous, status, ...viaOf(signer) },
      });
      await this.tellPending(manager, letter, existing);
      return { endorsement: existing, changed: true };
    }
    // Concurrent identical calls: one insert wins, the others wait for it and return its row.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Endorsement)
      .values({
        id,
        letterId: letter.id,
        organisationId: organisation.id,
        ...fields,
        invitationId: signer.invitationId,
        signOnRequestId: signer.signOn?.requestId ?? null,
        signOnApprovedAt: signer.signOn?.approved ? signedAt : null,
        receipt,
      })
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
      actorId: signer.userId,
      payload: { endorsementId: id, contentHash: version.contentHash, anonymous, status, ...viaOf(signer) },
    });
    const endorsement = await manager.findOneByOrFail(Endorsement, { id: row.id });
    await this.tellPending(manager, letter, endorsement);
    return { endorsement, changed: true };
  }

  /**
   * The endorsements whose consent to minor edits covers the new text: measured from the version
   * each signed, not the one before, so that many small edits never add up to words it did not accept.
   */
  private async withinConsent(
    manager: EntityManager,
    signed: Endorsement[],
    version: LetterVersion,
  ): Promise<{ endorsement: Endorsement; signedVersion: LetterVersion }[]> {
    const consenting = signed.filter((e) => e.acceptMinorEdits);
    if (!consenting.length) return [];
    const versions = await manager.find(LetterVersion, {
      where: { id: In([...new Set(consenting.map((e) => e.signedVersionId))]) },
    });
    const minor = new Map<string, LetterVersion>();
    for (const signedVersion of versions) {
      if ((await minorEditCheck(signedVersion, version)).minor) minor.set(signedVersion.id, signedVersion);
    }
    return consenting.flatMap((endorsement) => {
      const signedVersion = minor.get(endorsement.signedVersionId);
      return signedVersion ? [{ endorsement, signedVersion }] : [];
    });
  }

  /** The same text signed again: only the organisation's choices may change, each recorded. */
  private async changeSettings(
    manager: EntityManager,
    signer: Signer,
    existing: Endorsement,
    settings: { anonymous: boolean; acceptMinorEdits: boolean },
  ): Promise<{ endorsement: Endorsement; changed: boolean }> {
    const changes = [
      { kind: AuditKind.ANONYMITY_CHANGED, key: 'anonymous' as const },
      { kind: AuditKind.MINOR_EDITS_CONSENT_CHANGED, key: 'acceptMinorEdits' as const },
    ].filter(({ key }) => existing[key] !== settings[key]);
    if (!changes.length) return { endorsement: existing, changed: false };
    Object.assign(existing, settings);
    await manager.save(existing);
    for (const { kind, key } of changes) {
      await this.audit.append(manager, existing.letterId, {
        kind,
        organisationId: existing.organisationId,
        actorId: signer.userId,
        payload: { endorsementId: existing.id, [key]: settings[key], ...viaOf(signer) },
      });
    }
    return { endorsement: existing, changed: true };
  }

  /**
   * A material revision asks every signatory to re-confirm against the diff. A minor one (the
   * versions service has checked it only fixes typos, ./minor-edit.ts in letters) keeps SIGNED only
   * those who consented to minor edits, on the version they signed, and mails them a link to object;
   * everyone else re-confirms.
   */
  private async onRevision(manager: EntityManager, revision: Revision): Promise<void> {
    // Those waiting for approval signed the old text too: they re-confirm like the others.
    const signed = await manager.find(Endorsement, {
      where: {
        letterId: revision.letter.id,
        status: In([EndorsementStatus.SIGNED, EndorsementStatus.PENDING_APPROVAL]),
      },
    });
    const within = revision.version.material ? [] : await this.withinConsent(manager, signed, revision.version);
    const staying = new Set(within.map((k) => k.endorsement));
    const reconfirm = signed.filter((e) => !staying.has(e));
    // Each kept signatory may still say "this changes what we signed", with one click from its mail.
    const kept: KeptSignatory[] = [];
    for (const { endorsement, signedVersion } of within) {
      kept.push({
        endorsement,
        signedVersion,
        token: await this.objections.issue(manager, endorsement, revision.version),
      });
    }
    if (reconfirm.length) {
      await manager.update(
        Endorsement,
        { id: In(reconfirm.map((e) => e.id)) },
        { status: EndorsementStatus.NEEDS_RECONFIRMATION },
      );
      for (const endorsement of reconfirm) {
        await this.audit.append(manager, revision.letter.id, {
          kind: AuditKind.NEEDS_RECONFIRMATION,
          organisationId: endorsement.organisationId,
          payload: { endorsementId: endorsement.id, version: revision.version.number },
        });
      }
    }
    // Guest signers have no account to re-confirm from: each gets a fresh manage link with the diff.
    const manageLinks = new Map<string, string>();
    for (const endorsement of reconfirm) {
      if (endorsement.signedByEmail) {
        manageLinks.set(endorsement.id, this.manageLinks.url(await this.manageLinks.issue(manager, endorsement.id)));
      }
    }
    const messages = await this.notices.build(
      manager,
      revision,
      { reconfirm, kept },
      this.config.publicUrl,
      manageLinks,
    );
    for (const message of messages) await this.mail.enqueue(manager, message, 'revision notice');
    if (reconfirm.length) this.countsPublisher.changed(manager, revision.letter.id);
  }
}

/**
 * Whether signing under `displayName` waits for a lead: any name but the organisation's own (NFC,
 * spaces trimmed) or the one a lead already approved for this endorsement.
 */
export function needsApproval(displayName: string, organisationName: string, approved: string | null): boolean {
  return !sameName(displayName, organisationName) && !(approved !== null && sameName(displayName, approved));
}

/** Two names are one when they are after NFC and trimming spaces. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').trim() === b.normalize('NFC').trim();
}

/** How a signature came: by an invitation's mail (signByInvitation), open sign-on's confirmation link, or a guest's manage link. */
export enum SignedVia {
  INVITATION_LINK = 'INVITATION_LINK',
  OPEN_SIGN_ON = 'OPEN_SIGN_ON',
  MANAGE_LINK = 'MANAGE_LINK',
}

/** Who signs: an account, or a guest proven by the mailbox `email` (their link says `via`). */
export interface Signer {
  userId: string | null;
  email: string | null;
  invitationId: string | null;
  via: SignedVia | null;
  /** A new signature by open sign-on: its request, and whether it stands at once (autoApproveVerified). */
  signOn: { requestId: string; approved: boolean } | null;
}

/** Whether an endorsement came by open sign-on and no lead has approved it yet. */
export function awaitsSignOnApproval(endorsement: Endorsement): boolean {
  return endorsement.signOnRequestId !== null && endorsement.signOnApprovedAt === null;
}

export type SignInput = Omit<EndorseInput, 'letterId' | 'organisationId'>;

function accountSigner(actor: Actor): Signer {
  return { userId: actor.userId, email: null, invitationId: null, via: null, signOn: null };
}

/** What the audit trail records of a guest's signature: the link it came by (never the address). */
function viaOf(signer: Signer): Record<string, string | boolean> {
  if (!signer.via) return {};
  return {
    via: signer.via,
    ...(signer.invitationId ? { invitationId: signer.invitationId } : {}),
    ...(signer.signOn ? { signOnRequestId: signer.signOn.requestId, approvedAtOnce: signer.signOn.approved } : {}),
  };
}
