/**
 * `npm run build`: every Custom UI app in static/ becomes index.html + main.js (an ES module) +
 * chunks/ per entry, with no inline script (Forge's default CSP) and React in production mode;
 * sizes say what the first load costs and what is lazy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildStatic } from '../../scripts/build-static';

jest.setTimeout(60_000);

const REPO = resolve(__dirname, '..', '..');
let root: string;

const LAZY_APP = `import { createRoot } from 'react-dom/client';
import './lazy-app.css';
void import('./later').then((later) => later.show());
createRoot(document.getElementById('root')!).render(<p>lazy</p>);
`;

const APP = `import { createRoot } from 'react-dom/client';
import { useState } from 'react';
function App() { const [n] = useState(1); return <p>app {n}</p>; }
createRoot(document.getElementById('root')!).render(<App />);
`;

// The pattern of the app's screens: send the first call, then import the screen (evaluated in a later task).
const SPLIT_APP = `void Promise.resolve('first call');
void import('./screen.preloaded').then((screen) => screen.mount());
void import('./later').then((later) => later.show());
`;
const SCREEN = `import { createRoot } from 'react-dom/client';
import { shared } from './shared';
export const mount = () => createRoot(document.getElementById('root')!).render(<p>screen {shared}</p>);
`;

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shipshape-static-'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  write(join(root, 'static', 'single', 'src', 'index.tsx'), APP);
  write(join(root, 'static', 'single', 'src', 'helper.tsx'), 'export const x = 1;\n');
  write(join(root, 'static', 'single', 'public', 'icons', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  write(join(root, 'static', 'multi', 'src', 'create.entry.tsx'), `import './create.css';\n${APP}`);
  write(join(root, 'static', 'multi', 'src', 'create.css'), 'p { margin: 0; }\n');
  write(join(root, 'static', 'multi', 'src', 'view.entry.tsx'), APP);
  write(join(root, 'static', 'lazy', 'src', 'index.tsx'), LAZY_APP);
  write(join(root, 'static', 'lazy', 'src', 'lazy-app.css'), '#root { color: red; }\n');
  write(join(root, 'static', 'lazy', 'src', 'later.ts'), "import './later.css';\nexport const show = () => document.body.append('later-text');\n");
  write(join(root, 'static', 'lazy', 'src', 'later.css'), '.later-style { color: blue; }\n');
  write(join(root, 'static', 'split', 'src', 'index.tsx'), SPLIT_APP);
  write(join(root, 'static', 'split', 'src', 'screen.preloaded.tsx'), SCREEN);
  write(join(root, 'static', 'split', 'src', 'shared.ts'), "export const shared = 'shared-text';\n");
  write(
    join(root, 'static', 'split', 'src', 'later.ts'),
    "import { shared } from './shared';\nexport const show = () => document.body.append('later-text', shared);\n",
  );
  mkdirSync(join(root, 'static', 'notes'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildStatic', () => {
  it('builds index.tsx into build/ and each <name>.entry.tsx into build/<name>/', async () => {
    const built = await buildStatic({ root });
    expect(built.map(({ app, entry, outDir }) => [app, entry, outDir])).toEqual([
      ['lazy', 'index', join(root, 'static', 'lazy', 'build')],
      ['multi', 'create', join(root, 'static', 'multi', 'build', 'create')],
      ['multi', 'view', join(root, 'static', 'multi', 'build', 'view')],
      ['single', 'index', join(root, 'static', 'single', 'build')],
      ['split', 'index', join(root, 'static', 'split', 'build')],
    ]);
    for (const { outDir, bytes, gzipBytes } of built) {
      expect(existsSync(join(outDir, 'main.js'))).toBe(true);
      expect(bytes).toBeGreaterThan(1000);
      expect(gzipBytes).toBeLessThan(bytes);
    }
  });

  it("copies the app's public/ folder into its build folder as it is (e.g. the manifest's icon)", () => {
    expect(readFileSync(join(root, 'static', 'single', 'build', 'icons', 'icon.svg'), 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    expect(existsSync(join(root, 'static', 'multi', 'build', 'create', 'icons'))).toBe(false);
  });

  it('writes an index.html with #root and only relative, external scripts', () => {
    const html = readFileSync(join(root, 'static', 'single', 'build', 'index.html'), 'utf8');
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<script type="module" src="./main.js"></script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('main.css');
    const withCss = readFileSync(join(root, 'static', 'multi', 'build', 'create', 'index.html'), 'utf8');
    expect(withCss).toContain('<link rel="stylesheet" href="./main.css">');
  });

  it('bundles React in production mode, minified', () => {
    const js = readFileSync(join(root, 'static', 'single', 'build', 'main.js'), 'utf8');
    expect(js).not.toContain('react.development');
    expect(js).not.toContain('Warning: ');
    expect(js.length).toBeLessThan(200_000);
  });

  it('puts code reached only through import() in a lazy chunk, with relative imports, and sizes the initial load apart', async () => {
    const [lazy] = await buildStatic({ root, apps: ['lazy'] });
    const outDir = join(root, 'static', 'lazy', 'build');
    expect(lazy!.initial.map((file) => file.file).sort()).toEqual(expect.arrayContaining(['main.css', 'main.js']));
    expect(lazy!.lazy).toHaveLength(1);
    const chunk = lazy!.lazy[0]!;
    expect(chunk.file).toMatch(/^chunks\/later-[A-Z0-9]+\.js$/);
    expect(readFileSync(join(outDir, chunk.file), 'utf8')).toContain('later-text');
    expect(readFileSync(join(outDir, 'main.js'), 'utf8')).not.toContain('later-text');
    expect(readFileSync(join(outDir, 'main.js'), 'utf8')).toMatch(/import\("\.\/chunks\/later-[A-Z0-9]+\.js"\)/);
    const sum = (key: 'bytes' | 'gzipBytes') => lazy!.initial.reduce((total, file) => total + file[key], 0);
    expect(lazy!.bytes).toBe(sum('bytes'));
    expect(lazy!.gzipBytes).toBe(sum('gzipBytes'));
    expect(lazy!.bytes).toBe(lazy!.initial.reduce((total, file) => total + readFileSync(join(outDir, file.file)).length, 0));
  });

  it('counts a .preloaded module (and what it imports) in the initial load and preloads it; other import()s stay lazy', async () => {
    const [split] = await buildStatic({ root, apps: ['split'] });
    const outDir = join(root, 'static', 'split', 'build');
    const initial = split!.initial.map((file) => file.file);
    const screen = initial.find((file) => /^chunks\/screen\.preloaded-[A-Z0-9]+\.js$/.test(file));
    expect(screen).toBeDefined();
    expect(readFileSync(join(outDir, screen!), 'utf8')).toContain('screen ');
    expect(split!.lazy.map((file) => file.file)).toEqual([expect.stringMatching(/^chunks\/later-[A-Z0-9]+\.js$/)]);
    // What the screen shares with the lazy chunk is a chunk the screen imports statically: preloaded too.
    const sharedChunk = initial.find((file) => file !== screen && readFileSync(join(outDir, file), 'utf8').includes('shared-text'));
    expect(sharedChunk).toMatch(/^chunks\/chunk-[A-Z0-9]+\.js$/);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const file of initial.filter((name) => name !== 'main.js' && name.endsWith('.js')))
      expect(html).toContain(`<link rel="modulepreload" href="./${file}">`);
    expect(html).not.toContain('later-');
    expect(split!.gzipBytes).toBe(split!.initial.reduce((total, file) => total + file.gzipBytes, 0));
  });

  it("puts a lazy chunk's CSS in main.css once (esbuild bundles it there and also leaves a copy where nothing loads it)", () => {
    const outDir = join(root, 'static', 'lazy', 'build');
    const css = readFileSync(join(outDir, 'main.css'), 'utf8');
    expect(css.split('.later-style')).toHaveLength(2);
    expect(css).toContain('#root');
    expect(execFileSync('find', [outDir, '-name', '*.css'], { encoding: 'utf8' }).trim().split('\n')).toEqual([join(outDir, 'main.css')]);
  });

  it('swaps a fresh build in whole: no stale files, no staging folder left, and a failed build keeps the last good one', async () => {
    const appDir = join(root, 'static', 'single');
    writeFileSync(join(appDir, 'build', 'stale.js'), 'old');
    await buildStatic({ root, apps: ['single'] });
    expect(existsSync(join(appDir, 'build', 'stale.js'))).toBe(false);
    const good = readFileSync(join(appDir, 'build', 'main.js'), 'utf8');
    writeFileSync(join(appDir, 'src', 'index.tsx'), 'export const broken = ;\n');
    try {
      await expect(buildStatic({ root, apps: ['single'] })).rejects.toThrow();
      expect(readFileSync(join(appDir, 'build', 'main.js'), 'utf8')).toBe(good);
    } finally {
      writeFileSync(join(appDir, 'src', 'index.tsx'), APP);
    }
    expect(readdirSync(appDir).filter((name) => name.startsWith('.build-'))).toEqual([]);
  });

  it('builds only the apps asked for, and names an unknown one', async () => {
    expect((await buildStatic({ root, apps: ['single'] })).map((item) => item.app)).toEqual(['single']);
    await expect(buildStatic({ root, apps: ['nope'] })).rejects.toThrow('No Custom UI app named nope');
  });

  it('keeps build output out of git', () => {
    const ignored = execFileSync('git', ['check-ignore', 'static/anything/build/main.js'], { cwd: REPO, encoding: 'utf8' });
    expect(ignored.trim()).toBe('static/anything/build/main.js');
  });
});
