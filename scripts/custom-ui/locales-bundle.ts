/**
 * The `__LOCALES__/` folder a Forge deploy adds beside every Custom UI resource (and each
 * function bundle): one `<locale>.json` per translation file and `i18n-info.json` (the
 * manifest's keys per locale and the fallback rules), which `@forge/bridge`'s and
 * `@forge/api`'s `i18n` read. Made by the Forge CLI's own bundling service, so the sandbox and
 * the tests see exactly what a deploy ships; it fails, as a deploy does, when the default locale
 * lacks a key the manifest names.
 */
import { I18nResourceBundlingService } from '@forge/cli-shared';
import { I18N_BUNDLE_FOLDER_NAME } from '@forge/i18n';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type I18nConfig = Parameters<I18nResourceBundlingService['bundle']>[1];
type Modules = Parameters<I18nResourceBundlingService['bundle']>[0];

/** Bundles the manifest's translations (paths relative to `root`); undefined when there is no manifest or it has none. */
export async function bundleLocales(root: string): Promise<string | undefined> {
  const path = join(root, 'manifest.yml');
  if (!existsSync(path)) return undefined;
  const manifest = (parse(readFileSync(path, 'utf8')) ?? {}) as { modules?: Modules; translations?: I18nConfig };
  if (!manifest.translations) return undefined;
  const cwd = process.cwd();
  process.chdir(root); // the service resolves the translation paths against the working directory, as the CLI runs in the app's root
  try {
    const bundle = await new I18nResourceBundlingService().bundle(manifest.modules ?? {}, manifest.translations);
    return bundle.exists ? bundle.path : undefined;
  } finally {
    process.chdir(cwd);
  }
}

/** Copies a bundle made by bundleLocales into an output folder, as `__LOCALES__/`. */
export function copyLocales(bundle: string | undefined, outDir: string): void {
  if (bundle) cpSync(bundle, join(outDir, I18N_BUNDLE_FOLDER_NAME), { recursive: true });
}
