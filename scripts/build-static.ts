/**
 * `npm run build`: builds every Custom UI app in `static/` with esbuild, into the folders the
 * manifest's `resources` point at.
 *
 * An app is a folder `static/<app>/` with `src/index.tsx` (built to `static/<app>/build/`) and/or
 * entry files `src/<name>.entry.tsx` (each built to `static/<app>/build/<name>/`). Each output
 * folder holds `index.html` (a `<div id="root">`, `main.css` if any, and
 * `<script type="module" src="./main.js">` with a `modulepreload` link per other JS file of the initial load
 * (custom-ui/bundle-sizes.ts: the chunks main.js imports, and a `*.preloaded` module's): no
 * inline script, so Forge's default Content-Security-Policy allows it), `main.js` and
 * `chunks/`: ES modules split by esbuild, so code reached only through `import()` (Atlaskit's
 * themes, iframe-resizer, the deferred Tooltip) is fetched only if it runs. Every import is
 * relative, as Forge requires. All CSS is in main.css (custom-ui/merge-css.ts); Atlaskit's
 * themes are one lazy chunk (custom-ui/one-theme-chunk.ts). Minified for chrome100/es2020,
 * React in production mode, with the substitutions of custom-ui/lighter-imports.ts. Files in
 * `static/<app>/public/` (e.g. the module icon a manifest names as `resource:<key>;icon.svg`)
 * are copied as they are into each output folder, and so is the manifest's translations bundle
 * (`__LOCALES__/`, custom-ui/locales-bundle.ts), as a Forge deploy adds it.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { bundleSizes, type BundleSizes } from './custom-ui/bundle-sizes';
import { lighterImports } from './custom-ui/lighter-imports';
import { oneThemeChunk } from './custom-ui/one-theme-chunk';
import { mergeLazyCss } from './custom-ui/merge-css';
import { bundleLocales, copyLocales } from './custom-ui/locales-bundle';

export interface BuiltEntry extends BundleSizes {
  /** The app folder's name under static/. */
  readonly app: string;
  /** `index` for src/index.tsx, else the `<name>` of src/<name>.entry.tsx. */
  readonly entry: string;
  readonly outDir: string;
}

export interface BuildStaticOptions {
  /** The repository root (the folder holding static/). */
  readonly root: string;
  /** Only these apps (folder names under static/); default all. */
  readonly apps?: readonly string[];
}

const ASSET_LOADERS = {
  '.png': 'file',
  '.svg': 'file',
  '.jpg': 'file',
  '.jpeg': 'file',
  '.gif': 'file',
  '.webp': 'file',
  '.woff': 'file',
  '.woff2': 'file',
  '.ttf': 'file',
} as const;

/** `preload`: the other JS files of the initial load, fetched alongside main.js rather than after it is parsed. */
function indexHtml(title: string, withCss: boolean, preload: readonly string[] = []): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title.replace(/[<>&"]/g, '')}</title>`,
    ...(withCss ? ['<link rel="stylesheet" href="./main.css">'] : []),
    ...preload.map((file) => `<link rel="modulepreload" href="./${file}">`),
    '<script type="module" src="./main.js"></script>',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Bundles one entry file into `outDir` (emptied first): index.html + main.js + chunks/ (+ main.css,
 * assets). Sizes: the initial load (main.js, its static chunks, main.css) and the lazy chunks.
 */
export async function buildApp(srcEntry: string, outDir: string, title = basename(outDir)): Promise<BundleSizes> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const cwd = process.cwd();
  const { metafile } = await build({
    entryPoints: { main: srcEntry },
    outdir: outDir,
    absWorkingDir: cwd,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    plugins: [lighterImports(), oneThemeChunk()],
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
  mergeLazyCss(metafile, outDir, cwd);
  const sizes = bundleSizes(metafile, outDir, cwd);
  const staticChunks = sizes.initial.map((file) => file.file).filter((file) => file !== 'main.js' && file.endsWith('.js'));
  writeFileSync(join(outDir, 'index.html'), indexHtml(title, existsSync(join(outDir, 'main.css')), staticChunks));
  return sizes;
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
  const locales = await bundleLocales(resolve(options.root));
  const built: BuiltEntry[] = [];
  for (const app of apps) built.push(...(await buildOneApp(staticDir, app, locales)));
  return built;
}

/**
 * Builds every entry of one app into a staging folder beside build/, then swaps it in: a sandbox
 * serving the app while it is rebuilt (another test run's global setup, say) misses its files
 * for a moment only, not for the whole build. The new build/ holds no stale entry folders.
 */
async function buildOneApp(staticDir: string, app: string, locales: string | undefined): Promise<BuiltEntry[]> {
  const appDir = join(staticDir, app);
  const entries = appEntries(appDir);
  if (entries.length === 0) return [];
  const buildDir = join(appDir, 'build');
  const staging = join(appDir, `.build-${process.pid}-${Date.now()}`);
  try {
    const built: BuiltEntry[] = [];
    for (const { entry, src, outDir } of entries) {
      const stagedDir = join(staging, relative(buildDir, outDir));
      const sizes = await buildApp(src, stagedDir, entry === 'index' ? app : `${app} ${entry}`);
      copyPublic(appDir, stagedDir);
      copyLocales(locales, stagedDir);
      built.push({ app, entry, outDir, ...sizes });
    }
    rmSync(buildDir, { recursive: true, force: true });
    renameSync(staging, buildDir);
    return built;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const root = process.cwd();
  const started = Date.now();
  const built = await buildStatic({ root, apps: process.argv.length > 2 ? process.argv.slice(2) : undefined });
  if (built.length === 0) {
    console.log('No Custom UI apps in static/ (an app is static/<app>/src/index.tsx or src/<name>.entry.tsx).');
    return;
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`${'entry'.padEnd(34)} ${'initial'.padStart(9)} ${'gzip'.padStart(9)}   lazy chunks (gzip)`);
  for (const item of built) {
    const lazyGzip = item.lazy.reduce((total, file) => total + file.gzipBytes, 0);
    const lazy = item.lazy.length === 0 ? 'none' : `${item.lazy.length}, ${kb(lazyGzip)}`;
    console.log(`${relative(root, item.outDir).padEnd(34)} ${kb(item.bytes).padStart(9)} ${kb(item.gzipBytes).padStart(9)}   ${lazy}`);
  }
  console.log('initial = main.js + the chunks it imports statically + each *.preloaded module with its chunks + main.css, each gzipped as served.');
  console.log(`Built ${built.length} Custom UI entr${built.length === 1 ? 'y' : 'ies'} in ${Date.now() - started} ms.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
