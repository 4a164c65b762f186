import { LetterAccess } from '@undersigned/letters';
import type { SignatoryObject } from './dto/endorsement.objects';

/*
 * The unnamed-signatory rule, in one place.
 *
 * An organisation may sign a letter unnamed (`endorsements.anonymous`). Who it is, is never
 * revealed to anyone but the members of the letter's lead organisations: not in the signatories
 * (their pages, orders, country filters and totals), the counts, the CSV, the delivered edition
 * (HTML, text, PDF), subscriptions or error messages. Everyone else learns only how many unnamed
 * signatories there are.
 *
 * Every listing selects rows with `namedSignatory`/`unnamedSignatory` and every lead-only view asks
 * `mayRevealUnnamed` or is a field declared @LeadsOnly (which lets the same viewers through); what
 * leaves for the public (CSV, edition, PDF) is a `PublicSignatories`.
 */

/**
 * SQL expression on an endorsement row `alias`: whether it is unnamed, for a reader that shows unnamed
 * ones only to whom they may be revealed and decides that in code (a lead's OSDI key, a webhook's audience).
 */
export function unnamedFlag(alias = 'e'): string {
  return `${alias}.anonymous`;
}

/** SQL condition on an endorsement row `alias`: SIGNED and named, so it may be listed by name. */
export function namedSignatory(alias = 'e'): string {
  return `${alias}.status = 'SIGNED' AND NOT ${alias}.anonymous`;
}

/** SQL condition on an endorsement row `alias`: SIGNED unnamed, so it may only be counted. */
export function unnamedSignatory(alias = 'e'): string {
  return `${alias}.status = 'SIGNED' AND ${alias}.anonymous`;
}

/**
 * SQL condition on an endorsement row `alias`: not a signature by open sign-on that no lead has
 * approved. Those are counted nowhere, whatever became of them (re-confirmation, withdrawal): the
 * public learns nothing of who asked to sign.
 */
export function approvedSql(alias = 'e'): string {
  return `(${alias}.sign_on_request_id IS NULL OR ${alias}.sign_on_approved_at IS NOT NULL)`;
}

/** Whether a viewer with this access to the letter may see which organisations signed unnamed. */
export function mayRevealUnnamed(access: LetterAccess): boolean {
  return access === LetterAccess.LEAD;
}

/** All that may leave for everyone: the named signatories, and how many signed unnamed. */
export interface PublicSignatories {
  signatories: SignatoryObject[];
  anonymousCount: number;
}
