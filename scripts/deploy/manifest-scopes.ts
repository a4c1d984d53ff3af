/**
 * The manifest's scopes, declared either as a list or as a map (the form that lets a scope allow
 * offline user impersonation: `read:page:confluence: { allowImpersonation: true }`).
 */
export function scopeNames(scopes: unknown): string[] {
  if (Array.isArray(scopes)) return scopes.map(String);
  return scopes && typeof scopes === 'object' ? Object.keys(scopes) : [];
}

/** The scopes declared with `allowImpersonation: true`. */
export function impersonatedScopes(scopes: unknown): string[] {
  if (!scopes || typeof scopes !== 'object' || Array.isArray(scopes)) return [];
  return Object.entries(scopes).flatMap(([name, options]) => ((options as { allowImpersonation?: unknown } | null)?.allowImpersonation === true ? [name] : []));
}

/** `scopes` without `name`, in the form they were declared. */
export function scopesWithout(scopes: unknown, name: string): unknown {
  if (Array.isArray(scopes)) return scopes.filter((s) => s !== name);
  if (!scopes || typeof scopes !== 'object') return scopes;
  return Object.fromEntries(Object.entries(scopes).filter(([key]) => key !== name));
}
