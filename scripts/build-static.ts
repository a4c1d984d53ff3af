/**
 * `npm run build`: builds every Custom UI app in `static/` with esbuild, into the folders the
 * manifest's `resources` point at.
 *
 * An app is a folder `static/<app>/` with `src/index.tsx` (built to `static/<app>/build/`) and/or
 * entry files `src/<name>.entry.tsx` (each built to `static/<app>/build/<name>/`). Each output
 * folder holds `index.html` (a `<div id="root">`, the stylesheet if the app imports CSS, and
 * `<script src="./main.js">`: no inline script, so Forge's default Content-Security-Policy
 * allows it) and `main.js`, minified for chrome100/es2020 with React in production mode.
 * Files in `static/<app>/public/` (e.g. the module icon a manifest names as
 * `resource:<key>;icon.svg`) are copied as they are into each output folder.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltEntry {
  /** The app folder's name under static/. */
  readonly app: string;
  /** `index` for src/index.tsx, else the `<name>` of src/<name>.entry.tsx. */
  readonly entry: string;
  readonly outDir: string;
  /** Size of main.js (plus main.css, if any) in bytes, and gzipped. */
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BuildStaticOptions {
  /** The repository root (the folder holding static/). */
  readonly root: string;
  /** Only these apps (folder names under static/); default all. */
  readonly apps?: readonly string[];
}

const ASSET_LOADERS = { '.png': 'file', '.svg': 'file', '.jpg': 'file', '.jpeg': 'file', '.gif': 'file', '.webp': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' } as const;

function indexHtml(title: string, withCss: boolean): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title.replace(/[<>&"]/g, '')}</title>`,
    ...(withCss ? ['<link rel="stylesheet" href="./main.css">'] : []),
    '<script src="./main.js" defer></script>',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Bundles one entry file into `outDir` (emptied first): index.html + main.js (+ main.css, assets). */
export async function buildApp(srcEntry: string, outDir: string, title = basename(outDir)): Promise<{ bytes: number; gzipBytes: number }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { main: srcEntry },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100'],
    jsx: 'automatic',
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: ASSET_LOADERS,
    assetNames: 'assets/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const css = join(outDir, 'main.css');
  const withCss = existsSync(css);
  writeFileSync(join(outDir, 'index.html'), indexHtml(title, withCss));
  const code = Buffer.concat([readFileSync(join(outDir, 'main.js')), withCss ? readFileSync(css) : Buffer.alloc(0)]);
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** The entries of one app folder: [entry name, source file, output folder]. */
export function appEntries(appDir: string): Array<{ entry: string; src: string; outDir: string }> {
  const srcDir = join(appDir, 'src');
  if (!existsSync(srcDir) || !statSync(srcDir).isDirectory()) return [];
  const files = readdirSync(srcDir).sort();
  const entries = files
    .filter((file) => file.endsWith('.entry.tsx'))
    .map((file) => {
      const entry = file.slice(0, -'.entry.tsx'.length);
      return { entry, src: join(srcDir, file), outDir: join(appDir, 'build', entry) };
    });
  if (files.includes('index.tsx')) entries.unshift({ entry: 'index', src: join(srcDir, 'index.tsx'), outDir: join(appDir, 'build') });
  return entries;
}

/** Copies the app's `public/` folder (static files the bundle does not import) into an output folder. */
function copyPublic(appDir: string, outDir: string): void {
  const publicDir = join(appDir, 'public');
  if (existsSync(publicDir) && statSync(publicDir).isDirectory()) cpSync(publicDir, outDir, { recursive: true });
}

export async function buildStatic(options: BuildStaticOptions): Promise<BuiltEntry[]> {
  const staticDir = join(resolve(options.root), 'static');
  if (!existsSync(staticDir)) return [];
  const apps = readdirSync(staticDir)
    .filter((name) => statSync(join(staticDir, name)).isDirectory())
    .filter((name) => !options.apps || options.apps.includes(name))
    .sort();
  const missing = (options.apps ?? []).filter((name) => !apps.includes(name));
  if (missing.length > 0) throw new Error(`No Custom UI app named ${missing.join(', ')} in ${staticDir}`);
  const built: BuiltEntry[] = [];
  for (const app of apps) {
    const appDir = join(staticDir, app);
    const entries = appEntries(appDir);
    // A single index.tsx app owns build/; clear stale entry folders from an earlier layout.
    if (entries.length > 0) rmSync(join(appDir, 'build'), { recursive: true, force: true });
    for (const { entry, src, outDir } of entries) {
      const sizes = await buildApp(src, outDir, entry === 'index' ? app : `${app} ${entry}`);
      copyPublic(appDir, outDir);
      built.push({ app, entry, outDir, ...sizes });
    }
  }
  return built;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const started = Date.now();
  const built = await buildStatic({ root, apps: process.argv.length > 2 ? process.argv.slice(2) : undefined });
  if (built.length === 0) {
    console.log('No Custom UI apps in static/ (an app is static/<app>/src/index.tsx or src/<name>.entry.tsx).');
    return;
  }
  for (const item of built) {
    console.log(`${relative(root, item.outDir).padEnd(40)} ${(item.bytes / 1024).toFixed(1).padStart(8)} KB  ${(item.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip`);
  }
  console.log(`Built ${built.length} Custom UI entr${built.length === 1 ? 'y' : 'ies'} in ${Date.now() - started} ms.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
