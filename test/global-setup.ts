/**
 * Jest's globalSetup: builds every Custom UI app in static/ once, before any browser suite
 * serves them (build output is git-ignored, so a fresh clone has none). A run that selects no
 * browser suite (e.g. `npx jest test/domain`) skips the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStatic } from '../scripts/build-static';

const ROOT = resolve(__dirname, '..');

interface GlobalConfig {
  testPathPattern?: string;
}

/** A whole run (no pattern) or one naming browser suites (`test/browser/…`, `*.browser.test.ts`). */
const runsBrowserSuites = (pattern: string | undefined) => !pattern || pattern.includes('browser');

/** Each app on its own: one that fails to build is reported, and only its own suites fail. */
export default async function globalSetup(globalConfig: GlobalConfig): Promise<void> {
  if (!runsBrowserSuites(globalConfig.testPathPattern)) return;
  const staticDir = join(ROOT, 'static');
  const apps = existsSync(staticDir) ? readdirSync(staticDir).filter((name) => existsSync(join(staticDir, name, 'src'))) : [];
  const started = Date.now();
  const built: string[] = [];
  for (const app of apps) {
    try {
      await buildStatic({ root: ROOT, apps: [app] });
      built.push(app);
    } catch (error) {
      console.error(`\nCould not build static/${app}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (built.length > 0) console.log(`\nBuilt ${built.join(', ')} for the browser suites in ${Date.now() - started} ms.`);
}
