import type { AtlassianScopeEntry, OpenApiOperation, OpenApiSpec } from './openapi-spec';

/**
 * Where an operation's scopes came from:
 * - `current`: `x-atlassian-oauth2-scopes` entries with state "Current" (the normal case in both specs);
 * - `security`: no Current entry, so the OAuth2 scopes of the operation's `security` requirements;
 * - `beta`: neither of the above, only "Beta" entries (e.g. Jira POST /rest/api/3/redact, GET /rest/api/3/user/email);
 * - `none`: the spec names no OAuth2 scope at all.
 */
export type ScopeSource = 'current' | 'security' | 'beta' | 'none';

export interface OperationScopes {
  scopes: string[];
  scopeSource: ScopeSource;
}

/**
 * Both specs carry the same two declarations: `x-atlassian-oauth2-scopes` (entries with a state) and standard
 * `security` requirements (`OAuth2` in Jira, `oAuthDefinitions` in Confluence). Only the extension says which
 * scopes are Current, so it wins; `security` is the fallback because 59 Jira operations (e.g. announcementBanner,
 * data-policy) have no extension but do list classic scopes there. Beta-only scopes come last and are flagged,
 * since callers must not mistake them for the stable scope set.
 */
export function operationScopes(spec: OpenApiSpec, operation: OpenApiOperation): OperationScopes {
  const entries = operation['x-atlassian-oauth2-scopes'] ?? [];
  const current = scopesInState(entries, 'Current');
  if (current.length > 0) return { scopes: current, scopeSource: 'current' };
  const fromSecurity = securityRequirementScopes(spec, operation);
  if (fromSecurity.length > 0) return { scopes: fromSecurity, scopeSource: 'security' };
  const beta = scopesInState(entries, 'Beta');
  if (beta.length > 0) return { scopes: beta, scopeSource: 'beta' };
  return { scopes: [], scopeSource: 'none' };
}

function scopesInState(entries: AtlassianScopeEntry[], state: string): string[] {
  return unique(entries.filter((entry) => entry.state === state).flatMap((entry) => entry.scopes));
}

function securityRequirementScopes(spec: OpenApiSpec, operation: OpenApiOperation): string[] {
  const schemes = spec.components?.securitySchemes ?? {};
  const isOAuth2 = (schemeName: string): boolean => schemes[schemeName]?.type === 'oauth2';
  return unique(
    (operation.security ?? []).flatMap((requirement) => Object.entries(requirement).flatMap(([schemeName, scopes]) => (isOAuth2(schemeName) ? scopes : []))),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
