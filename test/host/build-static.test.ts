/**
 * `npm run build`: every Custom UI app in static/ becomes index.html + main.js per entry, with
 * no inline script (Forge's default CSP) and React in production mode.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildStatic } from '../../scripts/build-static';

jest.setTimeout(60_000);

const REPO = resolve(__dirname, '..', '..');
let root: string;

const APP = `import { createRoot } from 'react-dom/client';
import { useState } from 'react';
function App() { const [n] = useState(1); return <p>app {n}</p>; }
createRoot(document.getElementById('root')!).render(<App />);
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
  mkdirSync(join(root, 'static', 'notes'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildStatic', () => {
  it('builds index.tsx into build/ and each <name>.entry.tsx into build/<name>/', async () => {
    const built = await buildStatic({ root });
    expect(built.map(({ app, entry, outDir }) => [app, entry, outDir])).toEqual([
      ['multi', 'create', join(root, 'static', 'multi', 'build', 'create')],
      ['multi', 'view', join(root, 'static', 'multi', 'build', 'view')],
      ['single', 'index', join(root, 'static', 'single', 'build')],
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
    expect(html).toContain('<script src="./main.js" defer></script>');
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

  it('builds only the apps asked for, and names an unknown one', async () => {
    expect((await buildStatic({ root, apps: ['single'] })).map((item) => item.app)).toEqual(['single']);
    await expect(buildStatic({ root, apps: ['nope'] })).rejects.toThrow('No Custom UI app named nope');
  });

  it('keeps build output out of git', () => {
    const ignored = execFileSync('git', ['check-ignore', 'static/anything/build/main.js'], { cwd: REPO, encoding: 'utf8' });
    expect(ignored.trim()).toBe('static/anything/build/main.js');
  });
});
