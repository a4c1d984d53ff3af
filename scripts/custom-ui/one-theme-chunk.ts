/**
 * `@atlaskit/tokens` loads each of its ~20 themes with its own `import()` (theme-import-map.js),
 * so an app that reaches it (the DACI view does, through Tooltip → Portal → the theme provider)
 * would ship ~20 lazy chunk files that our apps never fetch: the Forge host applies the theme
 * (`view.theme.enable()`). Forge counts uploaded files against a weekly quota, so this plugin
 * puts all the themes in one lazy chunk: each loader still resolves to its theme's module
 * namespace, only all themes arrive together. If a new tokens release writes the map otherwise,
 * nothing is rewritten (test/host/one-theme-chunk.test.ts notices).
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const THEME_IMPORT = /import\(\s*(?:\/\*[\s\S]*?\*\/\s*)?(['"])\.\/themes\/([\w-]+)\1\s*\)/g;
const ALL_THEMES = 'shipshape:atlaskit-themes';

const binding = (name: string) => `theme_${name.replace(/\W/g, '_')}`;

export function oneThemeChunk(): Plugin {
  return {
    name: 'shipshape-one-theme-chunk',
    setup(build) {
      build.onLoad({ filter: /[\\/]@atlaskit[\\/]tokens[\\/]dist[\\/]esm[\\/]artifacts[\\/]theme-import-map\.js$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const names = [...source.matchAll(THEME_IMPORT)].map((match) => match[2]!);
        if (names.length === 0) return undefined;
        const contents = source.replace(
          THEME_IMPORT,
          (_whole, _quote, name: string) => `import(${JSON.stringify(ALL_THEMES)}).then((themes) => themes.${binding(name)})`,
        );
        return { contents, loader: 'js', resolveDir: dirname(path) };
      });
      build.onResolve({ filter: new RegExp(`^${ALL_THEMES}$`) }, ({ importer }) => ({
        path: join(dirname(importer), 'themes', 'all-themes'),
        namespace: 'shipshape-themes',
      }));
      build.onLoad({ filter: /.*/, namespace: 'shipshape-themes' }, async ({ path }) => {
        const themesDir = dirname(path);
        const source = await readFile(join(themesDir, '..', 'theme-import-map.js'), 'utf8');
        const names = [...new Set([...source.matchAll(THEME_IMPORT)].map((match) => match[2]!))];
        const contents = names.map((name) => `import * as ${binding(name)} from ${JSON.stringify(`./${name}`)};\nexport { ${binding(name)} };`).join('\n');
        return { contents, loader: 'js', resolveDir: themesDir };
      });
    },
  };
}
