import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, hashToken, newSecretToken, notFound, type AppConfig } from '@undersigned/common';
import { EndorsementManageLink } from './manage-link.entity';

/** Where a manage link opens: a page whose buttons call the mutations (mail scanners follow links). */
export const MANAGE_PATH = '/endorsements/manage';

/** Longer than any token newSecretToken makes: not worth hashing. */
const TOKEN_MAX = 200;

/**
 * The guest signer's manage links: one for each mail that carries one, each working until used
 * (withdrawing by one uses them all); what they may change ends at delivery.
 */
@Injectable()
export class ManageLinksService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A new link to the endorsement, in the caller's transaction; its token goes in the mail only. */
  async issue(manager: EntityManager, endorsementId: string): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.insert(EndorsementManageLink, { endorsementId, tokenHash: hash });
    return token;
  }

  url(token: string): string {
    return `${this.config.publicUrl}${MANAGE_PATH}?token=${encodeURIComponent(token)}`;
  }

  /** The standing link of `token`, locked when `lock`; NOT_FOUND for any other token or a used one. */
  async find(manager: EntityManager, token: string, lock: boolean): Promise<EndorsementManageLink> {
    const found =
      token.length <= TOKEN_MAX
        ? await manager.findOne(EndorsementManageLink, {
            where: { tokenHash: hashToken(token) },
            ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          })
        : null;
    if (!found || found.usedAt) throw notFound('Endorsement');
    return found;
  }

  /** Spends every link to the link's endorsement (withdrawn by it). */
  async use(manager: EntityManager, link: EndorsementManageLink): Promise<void> {
    await manager.update(
      EndorsementManageLink,
      { endorsementId: link.endorsementId, usedAt: IsNull() },
      { usedAt: new Date() },
    );
  }
}
