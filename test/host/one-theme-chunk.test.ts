/**
 * Atlaskit's ~20 themes go into one lazy chunk (scripts/custom-ui/one-theme-chunk.ts), and each
 * loader of the theme map still resolves to its own theme, as the package's own build does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../../scripts/build-static';

jest.setTimeout(60_000);

const REPO = resolve(__dirname, '..', '..');
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shipshape-themes-'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type ThemeMap = Record<string, () => Promise<{ default: string }>>;

it('puts every theme in one lazy chunk, and each loader still gives its own theme', async () => {
  mkdirSync(join(root, 'app'));
  const src = join(root, 'app', 'index.ts');
  writeFileSync(
    src,
    [
      "import map from '@atlaskit/tokens/dist/esm/artifacts/theme-import-map';",
      'const themes = map as unknown as Record<string, () => Promise<{ default: string }>>;',
      'export const loadAll = async () => Object.fromEntries(await Promise.all(Object.keys(themes).map(async (id) => [id, (await themes[id]!()).default])));',
      '',
    ].join('\n'),
  );
  const outDir = join(root, 'app', 'build');
  const sizes = await buildApp(src, outDir);
  expect(sizes.lazy.map((f) => f.file)).toEqual([expect.stringMatching(/^chunks\/all-themes-[A-Z0-9]+\.js$/)]);

  // Run the build's own loaders (ES modules) in Node, and compare with the package's CommonJS build.
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}');
  const script = `import(${JSON.stringify(pathToFileURL(join(outDir, 'main.js')).href)}).then(async (m) => process.stdout.write(JSON.stringify(await m.loadAll())))`;
  const built = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<
    string,
    string
  >;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const packaged = (require('@atlaskit/tokens/dist/cjs/artifacts/theme-import-map') as { default: ThemeMap }).default;
  expect(Object.keys(built).sort()).toEqual(Object.keys(packaged).sort());
  expect(Object.keys(built).length).toBeGreaterThan(10);
  for (const id of Object.keys(packaged)) expect([id, built[id]]).toEqual([id, (await packaged[id]!()).default]);
});
