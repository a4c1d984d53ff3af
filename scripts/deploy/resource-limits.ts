/**
 * Forge's resource limits (developer.atlassian.com/platform/forge/limits-resource): per resource
 * 5,000 files and 100 MB; per app 50 resources, 25,000 files and 1 GB in all.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const RESOURCE_LIMITS = {
  filesPerResource: 5000,
  bytesPerResource: 100 * 1024 * 1024,
  resources: 50,
  totalFiles: 25000,
  totalBytes: 1024 * 1024 * 1024,
};

export interface ResourceUsage {
  key: string;
  path: string;
  files: number;
  bytes: number;
}

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = walk(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

export function resourceUsage(root: string, resources: readonly { key: string; path: string }[]): ResourceUsage[] {
  return resources.map(({ key, path }) => ({ key, path, ...walk(join(root, path)) }));
}

/** Every limit the resources break, in words; empty when all fit. */
export function resourceLimitProblems(usage: readonly ResourceUsage[]): string[] {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const problems: string[] = [];
  if (usage.length > RESOURCE_LIMITS.resources) problems.push(`${usage.length} resources; Forge allows ${RESOURCE_LIMITS.resources}`);
  for (const r of usage) {
    if (r.files === 0) problems.push(`resource "${r.key}" (${r.path}) is empty: run npm run build`);
    if (r.files > RESOURCE_LIMITS.filesPerResource) problems.push(`resource "${r.key}" has ${r.files} files; Forge allows ${RESOURCE_LIMITS.filesPerResource}`);
    if (r.bytes > RESOURCE_LIMITS.bytesPerResource)
      problems.push(`resource "${r.key}" is ${mb(r.bytes)}; Forge allows ${mb(RESOURCE_LIMITS.bytesPerResource)}`);
  }
  const files = usage.reduce((n, r) => n + r.files, 0);
  const bytes = usage.reduce((n, r) => n + r.bytes, 0);
  if (files > RESOURCE_LIMITS.totalFiles) problems.push(`${files} resource files in all; Forge allows ${RESOURCE_LIMITS.totalFiles}`);
  if (bytes > RESOURCE_LIMITS.totalBytes) problems.push(`${mb(bytes)} of resources in all; Forge allows ${mb(RESOURCE_LIMITS.totalBytes)}`);
  return problems;
}
