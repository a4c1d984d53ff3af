/**
 * Bundles one browser-side TypeScript entry (the bridge shim, the host frame, a test page) into
 * a single minified IIFE with esbuild, in memory. Results are cached per entry for the process.
 */
import { build } from 'esbuild';

const cache = new Map<string, Promise<string>>();

export function bundleScript(entry: string): Promise<string> {
  let bundled = cache.get(entry);
  if (!bundled) {
    bundled = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: ['es2020', 'chrome100'],
      minify: true,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }).then((result) => {
      const file = result.outputFiles[0];
      if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
      return file.text;
    });
    bundled.catch(() => cache.delete(entry));
    cache.set(entry, bundled);
  }
  return bundled;
}
