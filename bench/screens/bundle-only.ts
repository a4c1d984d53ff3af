import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildApp } from '../../scripts/build-static';
import type { Row } from '../measure';
import { sizeRow } from './screen-rows';

const ROOT = resolve(__dirname, '..', '..');

/** A Custom UI entry measured by size only (its screen's timing is not in the bench). */
export interface BundleOnlySpec {
  readonly name: string;
  readonly entry: string;
  readonly gzipKb: number;
}

/** The entries the bench sizes without loading them: the issue context, the DACI config modal, the three configuration screens and the insights gadget's two views. */
export function bundleOnlySpecs(): BundleOnlySpec[] {
  return [
    { name: 'issue context', entry: join(ROOT, 'static', 'issue-context', 'src', 'index.tsx'), gzipKb: 150 },
    { name: 'DACI macro config', entry: join(ROOT, 'static', 'daci-macro', 'src', 'config.entry.tsx'), gzipKb: 150 },
    { name: 'project settings', entry: join(ROOT, 'static', 'project-settings', 'src', 'index.tsx'), gzipKb: 150 },
    { name: 'site templates (admin page)', entry: join(ROOT, 'static', 'admin-page', 'src', 'index.tsx'), gzipKb: 150 },
    { name: 'workflow rule config', entry: join(ROOT, 'static', 'rule-config', 'src', 'index.tsx'), gzipKb: 150 },
    { name: 'insights gadget', entry: join(ROOT, 'static', 'insights-gadget', 'src', 'view.entry.tsx'), gzipKb: 150 },
    { name: 'insights gadget settings', entry: join(ROOT, 'static', 'insights-gadget', 'src', 'edit.entry.tsx'), gzipKb: 150 },
  ];
}

/** Builds the entry into a temporary folder (never the app's build/) and gives its size row. */
export async function bundleOnlyRow(spec: BundleOnlySpec): Promise<Row> {
  if (!existsSync(spec.entry))
    return {
      measure: `${spec.name}: initial load, gzip`,
      value: `not built yet (no ${relative(ROOT, spec.entry)})`,
      target: `<= ${spec.gzipKb} KB`,
      ok: false,
    };
  const outDir = mkdtempSync(join(tmpdir(), 'shipshape-bench-size-'));
  try {
    return sizeRow(spec.name, await buildApp(spec.entry, outDir, spec.name), spec.gzipKb);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
