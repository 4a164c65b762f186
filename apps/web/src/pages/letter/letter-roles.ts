interface Membership {
  role: string;
  organisation: { id: string };
}

/**
 * What the signed-in person may do on a letter, from their memberships: coordinate it (an owner or
 * coordinator of a lead organisation), take part in drafting (any member of a lead organisation),
 * and sign for which organisations (those they own or sign for).
 */
export function letterRoles<M extends Membership>(
  leadOrganisations: { id: string }[],
  memberships: M[],
): { coordinator: boolean; drafter: boolean; signers: M[] } {
  const leadIds = new Set(leadOrganisations.map((o) => o.id));
  return {
    coordinator: memberships.some(
      (m) => leadIds.has(m.organisation.id) && (m.role === 'OWNER' || m.role === 'COORDINATOR'),
    ),
    drafter: memberships.some((m) => leadIds.has(m.organisation.id)),
    signers: memberships.filter((m) => m.role === 'OWNER' || m.role === 'SIGNATORY'),
  };
}
