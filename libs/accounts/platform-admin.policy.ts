import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, forbidden, isTwoFactor, type Actor, type AppConfig } from '@undersigned/common';

/**
 * Platform administrators keep the data every organisation shares (representatives). There are no
 * admin roles in the database: an admin is a verified account whose address is listed in
 * PLATFORM_ADMIN_EMAILS, in a session begun with two-factor unless PLATFORM_ADMIN_TWO_FACTOR=optional
 * (how this session began counts, not whether the account has two-factor on today).
 */
@Injectable()
export class PlatformAdminPolicy {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async requireAdmin(manager: EntityManager, actor: Actor): Promise<void> {
    if (!(await this.isAdmin(manager, actor))) throw forbidden('This needs a platform administrator');
  }

  async isAdmin(manager: EntityManager, actor: Actor): Promise<boolean> {
    const { emails, requireTwoFactor } = this.config.platformAdmins;
    if (!emails.length) return false;
    if (requireTwoFactor && !isTwoFactor(actor.methods)) return false;
    const rows = (await manager.query(
      `SELECT 1 FROM users WHERE id = $1 AND lower(email) = ANY($2::text[]) AND email_verified_at IS NOT NULL`,
      [actor.userId, emails],
    )) as unknown[];
    return rows.length > 0;
  }
}
