import type { Metafile } from 'esbuild';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * With code splitting, esbuild writes a stylesheet beside each dynamically imported chunk, which
 * nothing loads, and also bundles that CSS into the entry's `main.css` (index.html links it). So a
 * chunk's stylesheet is removed when main.css already holds every CSS file it was made from, and
 * appended to main.css only otherwise (appending it always would ship the lazy CSS twice).
 * Returns the stylesheets appended and those removed as already in main.css (as the metafile names them).
 */
export function mergeLazyCss(metafile: Metafile, outDir: string, cwd = process.cwd()): { appended: string[]; alreadyInMain: string[] } {
  const main = resolve(outDir, 'main.css');
  const mainKey = Object.keys(metafile.outputs).find((file) => resolve(cwd, file) === main);
  const inMain = new Set(Object.keys((mainKey && metafile.outputs[mainKey]?.inputs) || {}));
  const appended: string[] = [];
  const alreadyInMain: string[] = [];
  for (const file of Object.keys(metafile.outputs).sort()) {
    const path = resolve(cwd, file);
    if (!file.endsWith('.css') || path === main || !existsSync(path)) continue;
    const sources = Object.keys(metafile.outputs[file]!.inputs);
    if (sources.every((source) => inMain.has(source))) alreadyInMain.push(file);
    else {
      appendFileSync(main, `${existsSync(main) ? '\n' : ''}${readFileSync(path, 'utf8')}`);
      appended.push(file);
    }
    rmSync(path);
  }
  return { appended, alreadyInMain };
}
