/**
 * What the sandbox host needs from `manifest.yml`: the static `resources` (key → folder), the
 * permissions that shape the iframe's Content Security Policy, and the modules
 * that show a resource (which resource, which resolver function).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Permissions } from '@forge/manifest';
import { parse } from 'yaml';
import type { ManifestText } from './manifest-text';

export interface CustomUiModule {
  /** The module type, e.g. `jira:issuePanel`, `jira:workflowValidator`, `macro`. */
  readonly type: string;
  readonly key: string;
  /** Resource keys by view: `default` for `resource:`, or `create` / `edit` / `view` / `config`. */
  readonly resources: Readonly<Record<string, string>>;
  /** The function module key named by `resolver.function`, if any. */
  readonly resolverFunction?: string;
  /** The module's `title` as written: a string, or `{ i18n: key }` (see manifest-text.ts). */
  readonly title?: ManifestText;
}

export interface AppManifest {
  /** Resource key → absolute folder. */
  readonly resources: Readonly<Record<string, string>>;
  /** `permissions` as written (content and external sources shape the frames' CSP). */
  readonly permissions: Permissions;
  readonly modules: readonly CustomUiModule[];
}

type Yaml = Record<string, unknown>;

const asObject = (value: unknown): Yaml => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Yaml) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
function moduleResources(module: Yaml): Record<string, string> {
  const found: Record<string, string> = {};
  if (typeof module.resource === 'string') found.default = module.resource;
  for (const view of ['create', 'edit', 'view', 'config']) {
    const resource = asObject(module[view]).resource;
    if (typeof resource === 'string') found[view] = resource;
  }
  return found;
}

export function parseManifest(text: string, root: string): AppManifest {
  const manifest = asObject(parse(text));
  const resources: Record<string, string> = {};
  for (const item of asList(manifest.resources)) {
    const { key, path } = asObject(item);
    if (typeof key === 'string' && typeof path === 'string') resources[key] = resolve(root, path);
  }
  const permissions = asObject(manifest.permissions) as Permissions;
  const modules: CustomUiModule[] = [];
  for (const [type, list] of Object.entries(asObject(manifest.modules))) {
    for (const item of asList(list)) {
      const module = asObject(item);
      const found = moduleResources(module);
      if (typeof module.key !== 'string' || Object.keys(found).length === 0) continue;
      const resolverFunction = asObject(module.resolver).function;
      modules.push({
        type,
        key: module.key,
        resources: found,
        ...(typeof resolverFunction === 'string' ? { resolverFunction } : {}),
        ...(module.title !== undefined ? { title: module.title as ManifestText } : {}),
      });
    }
  }
  return {
    resources,
    permissions,
    modules,
  };
}

const lastRead = new Map<string, { text: string; manifest: AppManifest }>();

/**
 * The manifest as the file says now (the sandbox reads it on every request, so edits apply at
 * once); parsed again only when its text changed, since parsing the YAML takes ~10 ms a time.
 */
export function readManifest(manifestPath: string): AppManifest {
  const path = resolve(manifestPath);
  const text = readFileSync(path, 'utf8');
  const cached = lastRead.get(path);
  if (cached?.text === text) return cached.manifest;
  const manifest = parseManifest(text, dirname(path));
  lastRead.set(path, { text, manifest });
  return manifest;
}
