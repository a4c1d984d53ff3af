import type { Metafile } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  /** Relative to the output folder, e.g. `main.js`, `chunks/chunk-AB12.js`. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleSizes {
  /**
   * The initial load: main.js, every chunk it imports statically (transitively), main.css, and
   * each `*.preloaded.ts(x)` module's chunk with its static imports (see PRELOADED).
   */
  readonly initial: readonly BuiltFile[];
  /** Chunks only a dynamic `import()` fetches (e.g. a theme, the deferred Tooltip); their CSS is in main.css. */
  readonly lazy: readonly BuiltFile[];
  /** Sums over `initial`, each file gzipped on its own as it is served. */
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * A module the screen always needs but that should be evaluated in a later task than main.js:
 * an entry sends its first bridge call, then `import()`s it (Chromium hands a frame's
 * postMessage to the host only after the task that sent it ends). index.html preloads it, so
 * it is fetched with main.js, and it counts in the initial load.
 */
export const PRELOADED = /\.preloaded\.tsx?$/;

function sized(outDir: string, path: string): BuiltFile {
  const content = readFileSync(path);
  return { file: relative(outDir, path).split('\\').join('/'), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Splits esbuild's outputs into the initial load and lazy chunks; `cwd` is where the metafile's paths start. */
export function bundleSizes(metafile: Metafile, outDir: string, cwd = process.cwd()): BundleSizes {
  const outputs = metafile.outputs;
  const initial = new Set<string>();
  const visit = (file: string): void => {
    if (initial.has(file) || !outputs[file]) return;
    initial.add(file);
    for (const next of outputs[file]!.imports) if (next.kind === 'import-statement' && !next.external) visit(next.path);
  };
  const main = Object.keys(outputs).find((file) => resolve(cwd, file) === resolve(outDir, 'main.js'));
  if (!main) throw new Error(`esbuild wrote no main.js in ${outDir}`);
  visit(main);
  for (const [file, output] of Object.entries(outputs)) if (output.entryPoint && PRELOADED.test(output.entryPoint)) visit(file);
  const initialFiles = [...initial].map((file) => sized(outDir, resolve(cwd, file)));
  // All CSS is in main.css (merge-css.ts), linked by index.html.
  const css = join(outDir, 'main.css');
  if (existsSync(css)) initialFiles.push(sized(outDir, css));
  const lazy = Object.keys(outputs)
    .filter((file) => /\.m?js$/.test(file) && !initial.has(file) && existsSync(resolve(cwd, file)))
    .sort()
    .map((file) => sized(outDir, resolve(cwd, file)));
  const sum = (key: 'bytes' | 'gzipBytes') => initialFiles.reduce((total, file) => total + file[key], 0);
  return { initial: initialFiles, lazy, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
}
