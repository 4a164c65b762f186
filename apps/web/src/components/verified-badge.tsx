/** The badge names the domain it stands for: a display name alone proves nothing. */
export function VerifiedBadge({ domain }: { domain?: string }) {
  return (
    <span className="verified" title={domain ? `Verified: ${domain}` : 'Verified organisation'}>
      <span aria-hidden="true">✔</span> verified{domain ? `: ${domain}` : ''}
    </span>
  );
}
