import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BlockList, isIP } from 'node:net';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  badInput,
  DomainError,
  ErrorCode,
  invalidState,
  MailLanguage,
  MailService,
  notFound,
  plainIp,
  SignRateLimitService,
  type AppConfig,
} from '@undersigned/common';
import { isPublicNow, LetterStatus, LetterVisibility } from '@undersigned/letters';
import { normaliseCountry } from '@undersigned/organisations';
import { canonicalEmail, deliverableAddress, emailDomain, emailFingerprint, withinDomain } from './canonical-email';
import type { SignPetitionInput } from './dto/petition.inputs';
import { PetitionService, type Petition } from './petition.service';
import { normaliseAnyPostcode } from './postcode';
import { SignatureHooksService } from './signature-hooks.service';
import { SignatureStatus, SupporterNames } from './signature-status';
import { Signature } from './signature.entity';
import { alreadySignedMail, confirmationMail, type SignatureMailContext } from './supporter-mails';
import { SupporterKeysService } from './supporter-keys.service';
import { SignatureTokensService } from './signature-tokens.service';

/** Mails one signature may cause in all: its confirmation and a few "already signed" or reminders. */
const MAX_MAILS_PER_SIGNATURE = 3;

interface LetterRow {
  id: string;
  slug: string;
  title: string;
  status: LetterStatus;
  visibility: LetterVisibility;
  publish_at: Date | null;
  current_version: number;
}

/**
 * Members of the public signing a letter, without an account: double opt-in by a mailed link.
 * `sign` answers the same whether the signature is new, repeated or silently refused (over the
 * per-IP limit, or from a blocked domain or network), so that it tells no one whether an address
 * has signed, and tells an abuser nothing about being blocked.
 */
@Injectable()
export class SigningService {
  private readonly logger = new Logger(SigningService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly petitions: PetitionService,
    private readonly keys: SupporterKeysService,
    private readonly mail: MailService,
    private readonly rateLimit: SignRateLimitService,
    private readonly hooks: SignatureHooksService,
    private readonly tokens: SignatureTokensService,
  ) {}

  /** `language`: the language of the page signed on, which the signature's mails are written in. */
  async sign(input: SignPetitionInput, ip: string, language: MailLanguage): Promise<true> {
    const canonical = canonicalEmail(input.email);
    if (!canonical) throw badInput('email must be a plain email address (no quotes)');
    ip = plainIp(ip);
    const postcode = input.postcode ? normaliseAnyPostcode(input.postcode) : null;
    if (input.postcode && !postcode) throw badInput('postcode is not a postcode');
    const country = input.country ? normaliseCountry(input.country) : null;
    const fingerprint = emailFingerprint(await this.keys.fingerprintKey(), canonical);
    // Counted before the transaction, on its own connection: every attempt counts, kept or not.
    const limited = await this.rateLimit.overLimit('sign', ip);

    return this.dataSource.transaction(async (manager): Promise<true> => {
      // Read without a lock: a PENDING signature counts for nothing, and its confirmation is what
      // locks the letter against a delivery (the insert's foreign key check waits for one anyway).
      const letter = await this.lockLetter(manager, input.letterId, false);
      const petition = await this.petitions.forSigning(manager, letter.id);
      const settings = petition?.settings;
      if (!settings?.acceptSupporters) throw invalidState('This letter does not collect signatures from the public');
      if (letter.status !== LetterStatus.OPEN) throw invalidState('This letter is no longer open for signatures');
      if (settings.minimumAge && input.ageConfirmed !== true) {
        throw badInput(`ageConfirmed: you must be at least ${settings.minimumAge} to sign`);
      }
      if (settings.askPostcode && !postcode) throw badInput('postcode is required to sign this letter');

      if (limited || this.blocked(petition as Petition, emailDomain(canonical), ip)) {
        this.logger.log(`signature refused silently on letter ${letter.id}`);
        return true;
      }
      const consented = Boolean(input.consent && settings.consentVersion);
      const details = {
        name: input.name,
        email: input.email,
        country,
        postcode,
        ipAddress: ip || null,
        comment: input.comment || null,
        // Only a letter that lists names when signed may ever list this one: switching a
        // COUNT_ONLY petition to LISTED later publishes no one who signed before.
        showName: settings.supporterNames === SupporterNames.LISTED && (input.showName ?? true),
        ageConfirmed: settings.minimumAge ? true : null,
        consented,
        consentVersion: consented ? settings.consentVersion : null,
        consentedAt: consented ? new Date() : null,
      };
      const inserted = (await manager
        .createQueryBuilder()
        .insert()
        .into(Signature)
        .values({
          ...details,
          letterId: letter.id,
          emailFingerprint: fingerprint,
          emailDomain: emailDomain(canonical),
          language,
          mailsSent: 1,
        })
        .orIgnore()
        .returning(['id'])
        .execute()) as { raw: { id: string }[] };
      const context: SignatureMailContext = {
        publicUrl: this.config.publicUrl,
        letter,
        to: deliverableAddress(input.email),
        name: input.name,
        // This mail is read on the page it was asked from.
        language,
      };
      if (inserted.raw.length) {
        const [token] = await this.tokens.issue(manager, [
          { signatureId: inserted.raw[0].id, version: letter.current_version },
        ]);
        await this.mail.enqueue(manager, confirmationMail(context, token), 'signature confirmation', fingerprint);
        return true;
      }
      await this.signedAgain(manager, letter, fingerprint, details, context);
      return true;
    });
  }

  /**
   * The same person signing again: a new link while PENDING, NEEDS_RECONFIRMATION or WITHDRAWN
   * (the links mailed before keep working), a note when CONFIRMED, a few mails at most.
   */
  private async signedAgain(
    manager: EntityManager,
    letter: LetterRow,
    fingerprint: string,
    details: Partial<Signature>,
    context: SignatureMailContext,
  ): Promise<void> {
    const existing = await manager.findOne(Signature, {
      where: { letterId: letter.id, emailFingerprint: fingerprint },
      lock: { mode: 'pessimistic_write' },
    });
    if (!existing || existing.mailsSent >= MAX_MAILS_PER_SIGNATURE) return;
    if (existing.status === SignatureStatus.CONFIRMED) {
      await manager.increment(Signature, { id: existing.id }, 'mailsSent', 1);
      await this.mail.enqueue(
        manager,
        alreadySignedMail(context, existing.confirmedAt as Date),
        'signature already confirmed',
        fingerprint,
      );
    } else if (
      existing.status === SignatureStatus.PENDING ||
      existing.status === SignatureStatus.NEEDS_RECONFIRMATION
    ) {
      // A new link for the details first given: whoever types this address again cannot
      // change the name, comment or consent that its owner will confirm. It confirms the current text.
      const [token] = await this.tokens.issue(manager, [{ signatureId: existing.id, version: letter.current_version }]);
      await manager.update(Signature, { id: existing.id }, { mailsSent: existing.mailsSent + 1 });
      await this.mail.enqueue(manager, confirmationMail(context, token), 'signature confirmation', fingerprint);
    } else if (existing.status === SignatureStatus.WITHDRAWN) {
      // Signing again after withdrawing: the newest details stand, confirmed by the owner's link.
      await manager.update(
        Signature,
        { id: existing.id },
        {
          ...details,
          language: context.language,
          status: SignatureStatus.PENDING,
          endedAt: null,
          erasedAt: null,
          mailsSent: existing.mailsSent + 1,
        },
      );
      const [token] = await this.tokens.issue(manager, [{ signatureId: existing.id, version: letter.current_version }]);
      await this.mail.enqueue(manager, confirmationMail(context, token), 'signature confirmation', fingerprint);
    }
    // INVALIDATED: nothing, and the same answer.
  }

  /**
   * PENDING or NEEDS_RECONFIRMATION → CONFIRMED of the current version, under the letter's lock:
   * no confirmation slips past a delivery or a revision (which lock it for update), and what is
   * decided below is read after the lock. A link mailed before a material revision confirms
   * nothing: its reader never saw the text now current.
   */
  async confirm(token: string): Promise<Signature> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.tokens.find(manager, token);
      const letter = await this.lockLetter(manager, found.signature.letterId);
      const signature = await manager.findOneOrFail(Signature, {
        where: { id: found.signature.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (signature.status !== SignatureStatus.PENDING && signature.status !== SignatureStatus.NEEDS_RECONFIRMATION) {
        return signature; // repeating it is harmless
      }
      if (letter.status !== LetterStatus.OPEN) throw invalidState('This letter is no longer open for signatures');
      if (await this.revisedSince(manager, letter.id, found.version)) {
        throw new DomainError(
          ErrorCode.STALE_VERSION,
          signature.status === SignatureStatus.PENDING
            ? 'The letter has changed since this link was sent: sign again to confirm the current text'
            : 'The letter has changed since this link was sent: the newest mail about it has the changes and its link',
        );
      }
      const petition = await this.petitions.forSigning(manager, letter.id);
      if (!petition?.settings.acceptSupporters) throw invalidState('This letter no longer collects signatures');
      if (this.blocked(petition, signature.emailDomain ?? '', signature.ipAddress ?? '')) {
        // Blocked since it was signed (leads act during an attack): it never counts.
        await manager.update(
          Signature,
          { id: signature.id },
          { status: SignatureStatus.INVALIDATED, endedAt: new Date() },
        );
        return { ...signature, status: SignatureStatus.INVALIDATED };
      }
      signature.status = SignatureStatus.CONFIRMED;
      signature.confirmedAt = new Date();
      signature.confirmedVersion = letter.current_version;
      signature.dirty = true; // folded into the counts by the next batch (supporter-counts.service.ts)
      await manager.update(
        Signature,
        { id: signature.id },
        {
          status: signature.status,
          confirmedAt: signature.confirmedAt,
          confirmedVersion: signature.confirmedVersion,
          dirty: true,
        },
      );
      await this.hooks.confirmed(manager, signature);
      return signature;
    });
  }

  /**
   * The letter, locked FOR KEY SHARE unless `lock` is false: confirmations and withdrawals go side
   * by side, but not past a close or a delivery, which lock it for update. NOT_FOUND unless the
   * public may see it.
   */
  async lockLetter(manager: EntityManager, letterId: string, lock = true): Promise<LetterRow> {
    const [letter] = (await manager.query(
      `SELECT id, slug, title, status, visibility, publish_at, current_version FROM letters WHERE id = $1${lock ? ' FOR KEY SHARE' : ''}`,
      [letterId],
    )) as LetterRow[];
    // An embargoed letter is, for the public, a PRIVATE one: nobody signs what nobody may see yet.
    if (!letter || !isPublicNow({ ...letter, publishAt: letter.publish_at })) throw notFound('Letter');
    return letter;
  }

  /** The signature a mailed token names (any of the links mailed for it); NOT_FOUND for any other token. */
  async byToken(manager: EntityManager, token: string): Promise<Signature> {
    return (await this.tokens.find(manager, token)).signature;
  }

  /** Whether a material revision came after `version` of the letter. */
  private async revisedSince(manager: EntityManager, letterId: string, version: number): Promise<boolean> {
    const [{ revised }] = (await manager.query(
      'SELECT EXISTS (SELECT 1 FROM letter_versions WHERE letter_id = $1 AND number > $2 AND material) AS revised',
      [letterId, version],
    )) as { revised: boolean }[];
    return revised;
  }

  private blocked(petition: Petition, domain: string, ip: string): boolean {
    const { blockedEmailDomains, blockedIpRanges } = petition.settings;
    if (blockedEmailDomains.some((blocked) => withinDomain(domain, blocked))) return true;
    const family = isIP(ip);
    if (!family || !blockedIpRanges.length) return false;
    const list = new BlockList();
    for (const range of blockedIpRanges) {
      const [address, bits] = range.split('/');
      const rangeFamily = isIP(address) === 4 ? 'ipv4' : 'ipv6';
      list.addSubnet(address, bits === undefined ? (rangeFamily === 'ipv4' ? 32 : 128) : Number(bits), rangeFamily);
    }
    return list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  }
}
