import type { EntityManager } from 'typeorm';
import { badgeLikeNameProblem, badInput, DomainError, ErrorCode, nameWordRuns } from '@undersigned/common';

/**
 * Only organisations with members hold their verified name against others: one without members
 * (a guest's, signByInvitation / confirmSignOn) is in no directory, and refusing its name would tell
 * anyone who tries that it exists, and so that it signed, perhaps unnamed.
 */
const HAS_MEMBERS = 'EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = organisations.id)';

/**
 * Refuses a name an organisation or a display name cannot take: BAD_USER_INPUT when it reads like
 * the verified badge (the word "verified", a check mark, a domain), CONFLICT when it contains a
 * verified organisation's name (other than `exceptId`'s) as whole words, case, accents and
 * look-alike letters ignored — "Friends of World Uyghur Congress" as much as the name itself.
 * One indexed query: the name's word runs against verified organisations' skeletons.
 */
export async function requireNameFreeOfVerified(
  manager: EntityManager,
  name: string,
  exceptId: string | null,
): Promise<void> {
  const problem = badgeLikeNameProblem(name);
  if (problem) throw badInput(problem);
  const runs = nameWordRuns(name);
  if (!runs.length) return;
  const taken: unknown[] = await manager.query(
    `SELECT 1 FROM organisations
      WHERE verified_domain IS NOT NULL AND name_skeleton = ANY($1::text[]) AND ($2::uuid IS NULL OR id <> $2::uuid)
        AND ${HAS_MEMBERS}
      LIMIT 1`,
    [runs, exceptId],
  );
  if (taken.length) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      'A verified organisation has this name (or one that looks like it, or it is part of this one): ask its members to invite you, or choose a name of your own',
    );
  }
}

/**
 * CONFLICT when a verified organisation other than `exceptId` has a name that looks like this
 * one (its `skeleton`). Names that look alike are serialised by a transaction lock on the skeleton,
 * so two concurrent requests cannot both pass.
 */
export async function requireNameNotVerified(
  manager: EntityManager,
  skeleton: string,
  exceptId: string | null,
): Promise<void> {
  if (!skeleton) return;
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 18))', [skeleton]);
  const taken: unknown[] = await manager.query(
    `SELECT 1 FROM organisations
      WHERE name_skeleton = $1 AND verified_domain IS NOT NULL AND ($2::uuid IS NULL OR id <> $2::uuid)
        AND ${HAS_MEMBERS} LIMIT 1`,
    [skeleton, exceptId],
  );
  if (taken.length) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      'A verified organisation already has this name (or one that looks like it): ask its members to invite you, or choose a name of your own',
    );
  }
}
