import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { forbidden } from '../errors';
import type { Actor } from './actor';

/**
 * Platform administrators keep the data every organisation shares (representatives). There are no
 * admin roles in the database: an admin is a verified account whose address is listed in
 * PLATFORM_ADMIN_EMAILS, with two-factor sign-in on unless PLATFORM_ADMIN_TWO_FACTOR=optional.
 */
@Injectable()
export class PlatformAdminPolicy {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async requireAdmin(manager: EntityManager, actor: Actor): Promise<void> {
    if (!(await this.isAdmin(manager, actor.userId))) throw forbidden('This needs a platform administrator');
  }

  async isAdmin(manager: EntityManager, userId: string): Promise<boolean> {
    const { emails, requireTwoFactor } = this.config.platformAdmins;
    if (!emails.length) return false;
    const rows = (await manager.query(
      `SELECT 1 FROM users
       WHERE id = $1 AND lower(email) = ANY($2::text[]) AND email_verified_at IS NOT NULL
         AND ($3::boolean IS FALSE OR two_factor_enabled_at IS NOT NULL)`,
      [userId, emails, requireTwoFactor],
    )) as unknown[];
    return rows.length > 0;
  }
}
