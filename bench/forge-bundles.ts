/**
 * Rows for the handlers as Forge's bundler makes them (`forge deploy`'s packaging): each bundle's
 * size, and the validator's cold start (a fresh Node process until the handler is a function)
 * as a ratio to a one-line Forge handler bundled the same way (bench/one-line-handler).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FunctionBundles } from '../scripts/deploy/bundle-functions';
import { median, type Row } from './measure';

const ROOT = resolve(__dirname, '..');
const KB = 1024;
const RUNS = 21;

function bundle(appDirectory: string): FunctionBundles {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/deploy/bundle-functions-cli.ts')], { cwd: appDirectory, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`@forge/bundler failed in ${appDirectory}: ${run.stderr}`);
  return JSON.parse(run.stdout) as FunctionBundles;
}

/** Milliseconds from a fresh process's start until the handler is loaded, as Forge's loader would. */
function coldStartMs(dir: string, handler: string): number {
  const script = `require(${JSON.stringify(join(dir, '__forge__.cjs'))}).loadHandler(${JSON.stringify(dir)}, ${JSON.stringify(handler)}); console.log(performance.now())`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${handler} did not load: ${run.stderr}`);
  return Number(run.stdout.trim());
}

export function forgeBundleRows(): Row[] {
  const app = bundle(ROOT);
  const baseline = bundle(join(__dirname, 'one-line-handler'));
  try {
    const rows: Row[] = app.modules.map((name) => {
      const bytes = statSync(join(app.outputDir, `${name}.cjs`)).size;
      return { measure: `Forge bundle ${name}.cjs (@forge/bundler, unminified)`, value: `${(bytes / KB).toFixed(0)} KB`, target: '', ok: true };
    });
    const validator: number[] = [];
    const oneLine: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      validator.push(coldStartMs(app.outputDir, 'validator-entry.validateTransition'));
      oneLine.push(coldStartMs(baseline.outputDir, 'index.run'));
    }
    const ratio = median(validator) / median(oneLine);
    rows.push(
      { measure: 'cold start: one-line Forge handler (process start → handler)', value: `${median(oneLine).toFixed(1)} ms`, target: '(baseline)', ok: true },
      { measure: 'cold start: validator bundle', value: `${median(validator).toFixed(1)} ms`, target: '', ok: true },
      { measure: 'cold start validator / one-line handler', value: ratio.toFixed(2), target: '<= 2', ok: ratio <= 2 },
    );
    return rows;
  } finally {
    rmSync(app.outputDir, { recursive: true, force: true });
    rmSync(baseline.outputDir, { recursive: true, force: true });
  }
}
