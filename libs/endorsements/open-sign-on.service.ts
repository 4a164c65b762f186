import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  badInput,
  hashToken,
  invalidState,
  MailService,
  newSecretToken,
  notFound,
  SignRateLimitService,
  type AppConfig,
  type MailLanguage,
} from '@undersigned/common';
import { isPublicNow, Letter, LetterVersion, lockLetterRow } from '@undersigned/letters';
import { MemberlessOrganisationsService, normaliseCountry } from '@undersigned/organisations';
import { CountsPublisher } from './counts.publisher';
import { toEndorsementObject, type EndorsementObject } from './dto/endorsement.objects';
import type { RequestToSignInput } from './dto/open-sign-on.inputs';
import { toSignOnRequestObject, type SignOnRequestObject } from './dto/sign-on-request.object';
import { EndorsementStatus } from './endorsement-status';
import { Endorsement } from './endorsement.entity';
import { EndorsementsService, SignedVia } from './endorsements.service';
import { guestReceiptMail, publicLetterUrl, signOnConfirmationMail } from './guest-mails';
import { GuestOwnersService } from './guest-owners.service';
import { GuestSigningService } from './guest-signing.service';
import { ManageLinksService } from './manage-links.service';
import { SignOnRequest } from './sign-on-request.entity';

/** Where a confirmation link opens: a page whose button calls confirmSignOn (mail scanners follow links). */
export const CONFIRM_SIGN_ON_PATH = '/sign-on/confirm';

/**
 * Requests from one address for one letter waiting for confirmation at once: more are answered
 * like the others and mail nothing, so that no one fills a stranger's mailbox from many addresses.
 */
const MAX_PENDING_PER_ADDRESS = 3;

/** Longer than any token newSecretToken makes: not worth hashing. */
const TOKEN_MAX = 200;

const DAY_MS = 86_400_000;

/**
 * Open sign-on (contract stage 7): an organisation asks to sign a PUBLIC letter from its public
 * page (requestToSign), the mailed link proves the mailbox (confirmSignOn), and the signature
 * waits for the leads (PENDING_APPROVAL: approveEndorsement, rejectEndorsement) unless the letter
 * approves verified addresses at once. Signed as signByInvitation signs: a new organisation
 * without members, every rule of endorseLetter, a receipt with a manage link.
 */
@Injectable()
export class OpenSignOnService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly endorsements: EndorsementsService,
    private readonly organisations: MemberlessOrganisationsService,
    private readonly guests: GuestSigningService,
    private readonly manageLinks: ManageLinksService,
    private readonly mail: MailService,
    private readonly countsPublisher: CountsPublisher,
    private readonly owners: GuestOwnersService,
    private readonly rateLimit: SignRateLimitService,
  ) {}

  /**
   * Stores the request and mails its confirmation link. True for a new, a repeated or a silently
   * refused request alike (over SIGN_RATE_LIMIT for the client IP, or too many waiting for the
   * address): it tells no one whether an address asked or signed. What anyone may read is
   * answered as such: a letter the public cannot read is NOT_FOUND, as an unknown one; a PUBLIC
   * letter without open sign-on, or no longer OPEN, INVALID_STATE (as signPetition answers);
   * DEADLINE_PASSED; a verified organisation's name BAD_USER_INPUT (the directory shows it).
   */
  /** `language`: the page's, which the confirmation mail, and the receipt after it, are written in. */
  async request(input: RequestToSignInput, ip: string, language: MailLanguage): Promise<true> {
    if (input.authorised !== true) {
      throw badInput('Only someone authorised to sign for the organisation may sign: confirm that you are');
    }
    // Counted before the transaction, on its own connection: every attempt counts, kept or not.
    const limited = await this.rateLimit.overLimit('sign-on', ip);
    return this.dataSource.transaction(async (manager): Promise<true> => {
      const letter = await manager.findOne(Letter, { where: { id: input.letterId } });
      if (!letter || !isPublicNow(letter)) throw notFound('Letter');
      if (!letter.openSignOn) throw invalidState('This letter does not take signatures by open sign-on');
      const version = await manager.findOneOrFail(LetterVersion, {
        where: { letterId: letter.id, number: letter.currentVersion },
      });
      // The rules of signing: OPEN, deadline, and the text the form showed (when it says which) still
      // the current one: no one asks to sign words they did not see. The request binds to that text.
      await this.endorsements.requireSignable(manager, letter, input.contentHash ?? version.contentHash);
      await this.organisations.requireNameFree(manager, input.organisationName);
      if (limited) return true;
      const email = input.email.toLowerCase();
      await lockAddress(manager, letter.id, email);
      const waiting = await manager.count(SignOnRequest, {
        where: { letterId: letter.id, email, confirmedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      });
      if (waiting >= MAX_PENDING_PER_ADDRESS) return true;
      const { token, hash } = newSecretToken();
      const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * DAY_MS);
      await manager.insert(SignOnRequest, {
        letterId: letter.id,
        email,
        contentHash: version.contentHash,
        organisationName: input.organisationName,
        country: input.country ? normaliseCountry(input.country) : null,
        website: input.website || null,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        displayName: input.displayName ?? null,
        anonymous: input.anonymous ?? null,
        acceptMinorEdits: input.acceptMinorEdits ?? null,
        comment: input.comment ?? null,
        tokenHash: hash,
        expiresAt,
        language,
      });
      await this.mail.enqueue(
        manager,
        signOnConfirmationMail({
          to: email,
          letter,
          contentHash: version.contentHash,
          request: input,
          confirmUrl: `${this.config.publicUrl}${CONFIRM_SIGN_ON_PATH}?token=${encodeURIComponent(token)}`,
          letterUrl: publicLetterUrl(this.config.publicUrl, letter),
          expiresAt,
          language,
        }),
        'open sign-on confirmation',
      );
      return true;
    });
  }

  /**
   * What a confirmation link asks to sign, for its page to show before the button is pressed: it
   * changes nothing (mail scanners open links). NOT_FOUND for any other token, and once the
   * request was confirmed (the receipt's manage link serves from then on).
   */
  async byLink(token: string): Promise<SignOnRequestObject> {
    const request =
      token.length <= TOKEN_MAX
        ? await this.dataSource.manager.findOne(SignOnRequest, { where: { tokenHash: hashToken(token) } })
        : null;
    if (!request || request.confirmedAt) throw notFound('Sign-on request');
    return toSignOnRequestObject(request);
  }

  /**
   * Signs as the request asked, from the address its link was mailed to: a new organisation
   * without members, on the hash the request was made on (STALE_VERSION once the text changed:
   * no one is listed under words it did not see), PENDING_APPROVAL until a lead approves it, or
   * SIGNED at once when the letter approves verified addresses and this one is at the website's
   * domain. Pressed again, or from another request of the same address, it answers the signature
   * already made and changes nothing, while that is the guest's to manage (as a repeated
   * signByInvitation); then NOT_FOUND.
   */
  async confirm(token: string): Promise<EndorsementObject> {
    const endorsement = await this.dataSource.transaction(async (manager) => {
      // The request first: a second press waits here for the first, then finds its signature.
      const request =
        token.length <= TOKEN_MAX
          ? await manager.findOne(SignOnRequest, {
              where: { tokenHash: hashToken(token) },
              lock: { mode: 'pessimistic_write' },
            })
          : null;
      if (!request) throw notFound('Sign-on request');
      // Shared, as endorseLetter takes it: never across a revision, a close or a delivery.
      const letter = await lockLetterRow(manager, request.letterId, 'share');
      if (!letter) throw notFound('Sign-on request');
      await lockAddress(manager, letter.id, request.email);
      const made = await this.madeFrom(manager, letter.id, request.email);
      if (made) {
        if (made.status === EndorsementStatus.WITHDRAWN || (await this.guests.guestRefusal(manager, made, letter))) {
          throw notFound('Sign-on request');
        }
        if (!request.confirmedAt) await manager.update(SignOnRequest, { id: request.id }, { confirmedAt: new Date() });
        return made;
      }
      if (request.confirmedAt) throw notFound('Sign-on request');
      if (request.expiresAt.getTime() <= Date.now()) {
        throw invalidState("This confirmation link has expired: ask again from the letter's page");
      }
      if (!letter.openSignOn || !isPublicNow(letter)) {
        throw invalidState('This letter no longer takes signatures by open sign-on');
      }
      const version = await this.endorsements.requireSignable(manager, letter, request.contentHash);
      const organisation = await this.organisations.create(
        manager,
        { name: request.organisationName, country: request.country, website: request.website },
        request.email,
      );
      // The same proof verifies the organisation (MemberlessOrganisationsService.create).
      const approved = letter.autoApproveVerified && organisation.verifiedDomain !== null;
      const { endorsement: result } = await this.endorsements.signFor(
        manager,
        {
          userId: null,
          email: request.email,
          invitationId: null,
          via: SignedVia.OPEN_SIGN_ON,
          signOn: { requestId: request.id, approved },
        },
        letter,
        version,
        organisation,
        {
          contentHash: request.contentHash,
          signerName: request.signerName,
          signerTitle: request.signerTitle,
          displayName: request.displayName,
          anonymous: request.anonymous,
          acceptMinorEdits: request.acceptMinorEdits,
          comment: request.comment,
        },
      );
      await manager.update(SignOnRequest, { id: request.id }, { confirmedAt: new Date() });
      // The guest's mails stay in the language of the page the request was made on.
      await manager.update(Endorsement, { id: result.id }, { signedLanguage: request.language });
      result.signedLanguage = request.language;
      await this.owners.adoptAtSigning(manager, request.email, organisation.id);
      const manageToken = await this.manageLinks.issue(manager, result.id);
      await this.mail.enqueue(
        manager,
        guestReceiptMail({
          to: request.email,
          letter,
          endorsement: result,
          organisationName: organisation.name,
          manageUrl: this.manageLinks.url(manageToken),
          letterUrl: publicLetterUrl(this.config.publicUrl, letter),
          language: request.language,
        }),
        'guest signature receipt',
      );
      // A signature waiting for the leads changes no count: publishing would tell subscribers it came.
      if (result.status === EndorsementStatus.SIGNED) this.countsPublisher.changed(manager, letter.id);
      return result;
    });
    return toEndorsementObject(endorsement);
  }

  /** The signature an address made by open sign-on for a letter, whichever of its requests made it. */
  private madeFrom(manager: EntityManager, letterId: string, email: string): Promise<Endorsement | null> {
    return manager
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .innerJoin(SignOnRequest, 'r', 'r.id = e.sign_on_request_id')
      .where('r.letter_id = :letterId AND r.email = :email', { letterId, email })
      .getOne();
  }
}

/** Serialises what one address asks of one letter: its requests counted, its one signature made. */
async function lockAddress(manager: EntityManager, letterId: string, email: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-on:' || $1 || ':' || $2, 0))`, [
    letterId,
    email,
  ]);
}
