/** The columns a target is written from, in this order, by upsertTargetsSql's source. */
export const TARGET_SOURCE_COLUMNS = [
  'external_id',
  'name',
  'title',
  'email',
  'party',
  'area_code',
  'area_type',
  'valid_from',
  'valid_to',
] as const;

/**
 * SQL creating the areas the targets of `source` (a table, or a subquery aliased `s`, with
 * TARGET_SOURCE_COLUMNS) are in and do not exist yet, named by their codes until a names import.
 */
export function missingAreasSql(source: string): string {
  return `INSERT INTO areas (type, code, name)
    SELECT DISTINCT s.area_type, s.area_code, s.area_code FROM ${source}
    ON CONFLICT (type, code) DO NOTHING`;
}

/**
 * SQL inserting or updating (by area type and external id) every target of `source`, returning
 * their ids. A new address is written to again even if the old one failed; with `clearFailure`
 * (an admin upserting the target: they have looked at it) the same address is too.
 */
export function upsertTargetsSql(source: string, { clearFailure = false } = {}): string {
  const columns = TARGET_SOURCE_COLUMNS.join(', ');
  const updates = TARGET_SOURCE_COLUMNS.filter((column) => column !== 'external_id' && column !== 'area_type')
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ');
  return `INSERT INTO targets (${columns})
    SELECT ${TARGET_SOURCE_COLUMNS.map((column) => `s.${column}`).join(', ')} FROM ${source}
    ON CONFLICT (area_type, external_id) DO UPDATE SET ${updates}, updated_at = now(),
      email_failed_at = CASE WHEN ${clearFailure} OR targets.email IS DISTINCT FROM EXCLUDED.email THEN NULL
                        ELSE targets.email_failed_at END
    RETURNING id`;
}
