/**
 * Scopes from Atlassian's own data: `@forge/lint`'s permission linter, reading the OpenAPI specs
 * offline, over every REST call the app makes. A scope it asks for that the manifest lacks is
 * missing; a declared scope whose removal it does not notice is surplus.
 */
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import type { ManifestSchema } from '@forge/manifest';
import { runForgeLint } from './forge-lint';
import { scopeNames, scopesWithout } from './manifest-scopes';

/** Scopes no REST call needs, with why they are declared. */
export const SCOPES_WITHOUT_REST_CALLS: Readonly<Record<string, string>> = {
  'storage:app': '@forge/kvs (app storage) needs it; the linter only recognises the legacy storage API',
  'read:confluence-content.summary': 'the Confluence page events of the decision index trigger need it (events reference)',
  'write:confluence-content': 'the trashed and deleted page events need it (events reference); no REST call of the app uses it',
};

export interface ScopeReport {
  declared: string[];
  missing: string[];
  surplus: string[];
}

const scopesOf = (manifest: ManifestSchema): string[] => scopeNames(manifest.permissions?.scopes);

const missingScopes = async (manifest: ManifestSchema): Promise<string[]> => {
  const report = await runForgeLint({ manifest, scopesOnly: true });
  return [...new Set(report.problems.flatMap((p) => (p.missingScope ? [p.missingScope] : [])))].sort();
};

/** Checks manifest.yml's scopes, or those of `manifest`. */
export async function checkScopes(manifestOverride?: ManifestSchema): Promise<ScopeReport> {
  const manifest = manifestOverride ?? (await new ConfigFile(new FileSystemReader(), new FileSystemWriter()).readConfig());
  const declared = scopesOf(manifest);
  const missing = await missingScopes(manifest);
  const surplus: string[] = [];
  for (const scope of declared) {
    if (Object.hasOwn(SCOPES_WITHOUT_REST_CALLS, scope)) continue;
    const without = { ...manifest, permissions: { ...manifest.permissions, scopes: scopesWithout(manifest.permissions?.scopes, scope) } } as ManifestSchema;
    const missingWithout = await missingScopes(without);
    if (missingWithout.every((s) => missing.includes(s))) surplus.push(scope);
  }
  return { declared, missing, surplus };
}
