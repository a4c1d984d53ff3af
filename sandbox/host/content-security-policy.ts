/**
 * The Content Security Policy the sandbox sends with Custom UI pages, shaped like Forge's: by
 * default only the app's own files may run or style the page (no inline scripts, no inline
 * styles); `permissions.content` in manifest.yml adds `'unsafe-inline'` and friends, and
 * `permissions.external` adds outside sources. An app that works here without extra permissions
 * works on Forge; one that needs inline styles (CSS-in-JS) must declare them, as on Forge.
 */
import type { ContentPermissions } from './manifest';

const KEYWORDS = new Set(['unsafe-inline', 'unsafe-hashes', 'unsafe-eval', 'self', 'none', 'strict-dynamic']);

/** `unsafe-inline` → `'unsafe-inline'`, `sha256-…` → `'sha256-…'`; hosts and schemes as written. */
function source(value: string): string {
  const bare = value.replace(/^'(.*)'$/, '$1');
  return KEYWORDS.has(bare) || /^sha(256|384|512)-/.test(bare) ? `'${bare}'` : bare;
}

export function contentSecurityPolicy(permissions: ContentPermissions): string {
  const external = (kind: string): string[] => (permissions.external[kind] ?? []).map(source);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...permissions.scripts.map(source), ...external('scripts')]],
    ['style-src', ["'self'", ...permissions.styles.map(source), ...external('styles')]],
    ['img-src', ["'self'", 'data:', 'blob:', ...external('images')]],
    ['font-src', ["'self'", 'data:', ...external('fonts')]],
    ['connect-src', ["'self'", ...external('fetch')]],
    ['media-src', ["'self'", ...external('media')]],
    ['frame-src', ["'self'", ...external('frames')]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`).join('; ');
}
