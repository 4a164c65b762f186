import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, hashToken, newSecretToken, notFound, type AppConfig } from '@undersigned/common';
import { EndorsementManageLink } from './manage-link.entity';

/** Where a manage link opens: a page whose buttons call the mutations (mail scanners follow links). */
export const MANAGE_PATH = '/endorsements/manage';

/** Longer than any token newSecretToken makes: not worth hashing. */
const TOKEN_MAX = 200;

/** The guest signer's manage links: one per endorsement, renewed by each mail that carries it. */
@Injectable()
export class ManageLinksService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * A new token for the endorsement's link, in the caller's transaction (the one before stops
   * working); it expires INVITATION_TTL_DAYS from now. The token goes in the mail only.
   */
  async issue(manager: EntityManager, endorsementId: string): Promise<string> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 86_400_000);
    await manager
      .createQueryBuilder()
      .insert()
      .into(EndorsementManageLink)
      .values({ endorsementId, tokenHash: hash, expiresAt })
      .orUpdate(['token_hash', 'expires_at', 'used_at'], ['endorsement_id'])
      .execute();
    return token;
  }

  url(token: string): string {
    return `${this.config.publicUrl}${MANAGE_PATH}?token=${encodeURIComponent(token)}`;
  }

  /** The standing link of `token`, locked when `lock`; NOT_FOUND for any other token, a used one or an expired one. */
  async find(manager: EntityManager, token: string, lock: boolean): Promise<EndorsementManageLink> {
    const found =
      token.length <= TOKEN_MAX
        ? await manager.findOne(EndorsementManageLink, {
            where: { tokenHash: hashToken(token) },
            ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          })
        : null;
    if (!found || found.usedAt || found.expiresAt.getTime() <= Date.now()) throw notFound('Endorsement');
    return found;
  }

  /** Spends the link (its endorsement was withdrawn by it). */
  async use(manager: EntityManager, link: EndorsementManageLink): Promise<void> {
    await manager.update(EndorsementManageLink, { id: link.id }, { usedAt: new Date() });
  }
}
