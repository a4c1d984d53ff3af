/**
 * The CSS of an `@atlaskit/tokens` theme by its id (`light`, `dark`, `spacing`, `typography`,
 * `shape`, `motion`, …), read from the package's generated theme artefacts: the same CSS
 * `setGlobalTheme` appends to the page.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const themesDir = join(dirname(require.resolve('@atlaskit/tokens/package.json')), 'dist', 'cjs', 'artifacts', 'themes');
const cache = new Map<string, string>();

export function themeCss(id: string): string | undefined {
  if (!/^[A-Za-z-]+$/.test(id)) return undefined;
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const file = [join(themesDir, `atlassian-${id}.js`), join(themesDir, `${id}.js`)].find((candidate) => existsSync(candidate));
  if (!file) return undefined;
  // The theme files are CommonJS modules whose default export is the CSS text.
  const css = (module.require(file) as { default?: unknown }).default;
  if (typeof css !== 'string') return undefined;
  cache.set(id, css);
  return css;
}
