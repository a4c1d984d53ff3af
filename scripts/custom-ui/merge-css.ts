import type { Metafile } from 'esbuild';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * esbuild writes the CSS that a lazy chunk's modules import (e.g. the deferred Tooltip's) next to
 * that chunk, and nothing ever loads it. Appends each such stylesheet to `main.css` (which
 * index.html links) and removes it, so styles arrive with the page whichever code is lazy.
 * Returns the stylesheets merged (as the metafile names them).
 */
export function mergeLazyCss(metafile: Metafile, outDir: string, cwd = process.cwd()): string[] {
  const main = join(outDir, 'main.css');
  const merged: string[] = [];
  for (const file of Object.keys(metafile.outputs).sort()) {
    const path = resolve(cwd, file);
    if (!file.endsWith('.css') || path === main || !existsSync(path)) continue;
    appendFileSync(main, `${existsSync(main) ? '\n' : ''}${readFileSync(path, 'utf8')}`);
    rmSync(path);
    merged.push(file);
  }
  return merged;
}
