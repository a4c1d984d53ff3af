import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function sources(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [{ path: relative(root, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

const imports = (text: string) => [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
const app = sources(join(root, 'src')).filter((f) => !f.path.endsWith('.test.ts'));

describe('layering', () => {
  it('the deployed app never imports the sandbox, the tests or the scripts', () => {
    const offending = app.filter((f) => imports(f.text).some((i) => /(^|\/)(sandbox|test|scripts)\//.test(i))).map((f) => f.path);
    expect(offending).toEqual([]);
  });

  it('the domain has no @forge/* import and no I/O', () => {
    const domain = app.filter((f) => f.path.startsWith('src/domain/'));
    const offending = domain.filter((f) =>
      imports(f.text).some(
        (i) =>
          i.startsWith('@forge/') ||
          i.startsWith('node:') ||
          /^(fs|http|https|net|child_process)$/.test(i) ||
          i.includes('/adapters/') ||
          i.includes('/ports/'),
      ),
    );
    expect(offending.map((f) => f.path)).toEqual([]);
    expect(domain.filter((f) => /\b(fetch|setTimeout|Date\.now|new Date\(\))/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it.each(['src/index.ts', 'src/validator-entry.ts'])('%s only re-exports handlers', (file) => {
    const code = readFileSync(join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim()
      .split('\n');
    expect(code.length).toBeGreaterThan(0);
    expect(code.every((line) => line.startsWith('export {') && line.includes(' from '))).toBe(true);
  });
});
