import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  badInput,
  DomainError,
  forbidden,
  hashToken,
  invalidState,
  MailService,
  notFound,
  type AppConfig,
  type MailLanguage,
} from '@undersigned/common';
import { Letter, LetterStatus, lockLetterRow } from '@undersigned/letters';
import { MemberlessOrganisationsService, Organisation } from '@undersigned/organisations';
import { AuditKind } from './audit/audit-event.entity';
import { AuditService } from './audit/audit.service';
import { CountsPublisher } from './counts.publisher';
import { invitationStatus, toEndorsementObject, type EndorsementObject } from './dto/endorsement.objects';
import type { SignByInvitationInput } from './dto/guest-signing.inputs';
import { EndorsementStatus, InvitationStatus } from './endorsement-status';
import { Endorsement } from './endorsement.entity';
import { EndorsementsService, SignedVia } from './endorsements.service';
import { guestReceiptMail, publicLetterUrl } from './guest-mails';
import { GuestOwnersService } from './guest-owners.service';
import { Invitation } from './invitation.entity';
import { letterDelivered } from './letter-delivered';
import { ManageLinksService } from './manage-links.service';

/**
 * Signing without an account (contract stage 7): an invitation mailed to an address proves that
 * mailbox, so its link signs for a new organisation without members, by every rule of
 * endorseLetter; the receipt's manage link then reads, re-confirms, switches named/unnamed and
 * withdraws that one endorsement until delivery.
 */
@Injectable()
export class GuestSigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly endorsements: EndorsementsService,
    private readonly organisations: MemberlessOrganisationsService,
    private readonly manageLinks: ManageLinksService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly countsPublisher: CountsPublisher,
    private readonly owners: GuestOwnersService,
  ) {}

  /** `language`: the page's, which the guest's mails (receipt, revision notices) are written in. */
  /** `timeZone`: the signer's (the web app sends it), in which the receipt names an embargo's hour. */
  async signByInvitation(
    input: SignByInvitationInput,
    language: MailLanguage,
    timeZone?: string,
  ): Promise<EndorsementObject> {
    if (input.authorised !== true) {
      throw badInput('Only someone authorised to sign for the organisation may sign: confirm that you are');
    }
    const endorsement = await this.dataSource.transaction(async (manager) => {
      // The invitation first: a second press waits here for the first, then finds its endorsement.
      const invitation = await manager.findOne(Invitation, {
        where: { tokenHash: hashToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw notFound('Invitation');
      const signed = await manager.findOne(Endorsement, { where: { invitationId: invitation.id } });
      // A second press answers the first's signature, while it is the guest's to manage; then the
      // invitation is used, and its token reads nothing more.
      if (signed) {
        const letter = await lockLetter(manager, signed.letterId);
        if (signed.status === EndorsementStatus.WITHDRAWN || (await this.guestRefusal(manager, signed, letter))) {
          throw notFound('Invitation');
        }
        return signed;
      }
      if (invitation.organisationId) {
        throw forbidden('This invitation is to an organisation on Undersigned: its members sign signed in');
      }
      const status = invitationStatus(invitation);
      if (status === InvitationStatus.DECLINED) throw invalidState('This invitation was declined');
      if (status === InvitationStatus.EXPIRED) throw invalidState('This invitation has expired');
      if (!invitation.email) throw invalidState('This invitation names no address to sign from');
      // Shared, as endorseLetter takes it: never across a revision, a close or a delivery.
      const letter = await lockLetter(manager, invitation.letterId);
      const version = await this.endorsements.requireSignable(manager, letter, input.contentHash);
      const signedFrom = invitation.email.toLowerCase();
      const organisation = await this.organisations.create(
        manager,
        { name: input.organisationName, country: input.country, website: input.website },
        signedFrom,
      );
      // Bound and answered: the invitation now stands for this organisation, and grants the signature.
      invitation.organisationId = organisation.id;
      invitation.status = InvitationStatus.ACCEPTED;
      invitation.respondedAt = new Date();
      await manager.save(invitation);
      await this.audit.append(manager, letter.id, {
        kind: AuditKind.INVITATION_ACCEPTED,
        organisationId: organisation.id,
        payload: { invitationId: invitation.id, via: SignedVia.INVITATION_LINK, signOn: null },
      });
      const { endorsement: result } = await this.endorsements.signFor(
        manager,
        { userId: null, email: signedFrom, invitationId: invitation.id, via: SignedVia.INVITATION_LINK, signOn: null },
        letter,
        version,
        organisation,
        input,
      );
      await manager.update(Endorsement, { id: result.id }, { signedLanguage: language });
      result.signedLanguage = language;
      await this.owners.adoptAtSigning(manager, signedFrom, organisation.id);
      const token = await this.manageLinks.issue(manager, result.id);
      await this.mail.enqueue(
        manager,
        guestReceiptMail({
          to: signedFrom,
          letter,
          endorsement: result,
          organisationName: organisation.name,
          manageUrl: this.manageLinks.url(token),
          letterUrl: publicLetterUrl(this.config.publicUrl, letter),
          language,
          timeZone,
        }),
        'guest signature receipt',
      );
      this.countsPublisher.changed(manager, letter.id);
      return result;
    });
    return toEndorsementObject(endorsement);
  }

  /**
   * What the manage link opens: reading changes nothing (mail scanners open links). A signature
   * the leads rejected is no longer the guest's to read.
   */
  async byLink(token: string): Promise<EndorsementObject> {
    const link = await this.manageLinks.find(this.dataSource.manager, token, false);
    const endorsement = await this.dataSource.manager.findOneByOrFail(Endorsement, { id: link.endorsementId });
    if (endorsement.status === EndorsementStatus.REJECTED) throw notFound('Endorsement');
    return { ...toEndorsementObject(endorsement), viaLink: true };
  }

  /**
   * Signs the current text again from the manage link (after a material revision), and switches
   * named/unnamed or consent to minor edits: every rule of endorseLetter, by the signer it was.
   */
  async reconfirmByLink(
    token: string,
    input: { contentHash: string; anonymous?: boolean | null; acceptMinorEdits?: boolean | null },
  ): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      const { found, letter } = await this.lockedByLink(manager, token);
      if (found.status === EndorsementStatus.WITHDRAWN) throw invalidState('This signature was withdrawn');
      const version = await this.endorsements.requireSignable(manager, letter, input.contentHash);
      const organisation = await manager.findOneByOrFail(Organisation, { id: found.organisationId });
      const { endorsement: result, changed } = await this.endorsements.signFor(
        manager,
        {
          userId: null,
          email: found.signedByEmail,
          invitationId: found.invitationId,
          via: SignedVia.MANAGE_LINK,
          signOn: null,
        },
        letter,
        version,
        organisation,
        {
          contentHash: input.contentHash,
          signerName: found.signerName,
          signerTitle: found.signerTitle,
          comment: found.comment,
          anonymous: input.anonymous,
          acceptMinorEdits: input.acceptMinorEdits,
        },
      );
      if (changed) this.countsPublisher.changed(manager, letter.id);
      return result;
    });
    return { ...toEndorsementObject(endorsement), viaLink: true };
  }

  /** Withdraws from the manage link, which is then used up. */
  async withdrawByLink(token: string, reason: string | null): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      const { found, letter, link } = await this.lockedByLink(manager, token);
      if (letter.status !== LetterStatus.OPEN) throw invalidState(`A ${letter.status} letter's endorsements are final`);
      if (found.status === EndorsementStatus.REJECTED) throw invalidState('This endorsement was rejected by the leads');
      Object.assign(found, {
        status: EndorsementStatus.WITHDRAWN,
        withdrawnAt: new Date(),
        withdrawReason: reason,
      });
      await manager.save(found);
      await this.manageLinks.use(manager, link);
      await this.audit.append(manager, letter.id, {
        kind: AuditKind.WITHDRAWN,
        organisationId: found.organisationId,
        payload: { endorsementId: found.id, via: SignedVia.MANAGE_LINK, signOn: null },
      });
      this.countsPublisher.changed(manager, letter.id);
      return found;
    });
    return { ...toEndorsementObject(endorsement), viaLink: true };
  }

  /**
   * The link's endorsement for a change: the letter locked first (shared, as signing takes it),
   * then the endorsement, then the link (withdrawing by one link uses up the others: every change
   * locks in this order), each read again under its lock. NOT_FOUND for a token that is not a
   * standing link, or once the leads rejected the signature; INVALID_STATE once the letter is
   * delivered; FORBIDDEN once the organisation has members, who act for it signed in.
   */
  private async lockedByLink(manager: EntityManager, token: string) {
    const located = await this.manageLinks.find(manager, token, false);
    const { letterId } = await manager.findOneOrFail(Endorsement, {
      where: { id: located.endorsementId },
      select: { letterId: true },
    });
    const letter = await lockLetter(manager, letterId);
    const found = await manager.findOneOrFail(Endorsement, {
      where: { id: located.endorsementId },
      lock: { mode: 'pessimistic_write' },
    });
    const link = await this.manageLinks.find(manager, token, true);
    const refused = await this.guestRefusal(manager, found, letter);
    if (refused) throw refused;
    return { found, letter, link };
  }

  /**
   * Why the guest's links and invitation no longer change `endorsement`, or null while they do:
   * the leads rejected it (NOT_FOUND), the letter was delivered (INVALID_STATE), or its organisation
   * has members, who act for it signed in (FORBIDDEN). Open sign-on's confirmation asks it too.
   */
  async guestRefusal(manager: EntityManager, endorsement: Endorsement, letter: Letter): Promise<DomainError | null> {
    if (endorsement.status === EndorsementStatus.REJECTED) return notFound('Endorsement');
    if (await letterDelivered(manager, letter)) {
      return invalidState('The letter has been delivered: its signatories are final');
    }
    if (await this.organisations.hasMembers(manager, endorsement.organisationId)) {
      return forbidden('Your organisation now has members on Undersigned: sign in to change its signature');
    }
    return null;
  }
}

/** The letter, share-locked: signing proceeds side by side, never across a revision, a close or a delivery. */
async function lockLetter(manager: EntityManager, letterId: string): Promise<Letter> {
  const letter = await lockLetterRow(manager, letterId, 'share');
  if (!letter) throw notFound('Letter');
  return letter;
}
