/**
 * The Custom UI builds' substitutions (scripts/custom-ui/lighter-imports.ts) answer as the real
 * modules do in a Forge iframe, and the build refuses an import that would make them wrong.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../../scripts/build-static';
import { checkGate } from '../../scripts/custom-ui/feature-gates-off';
import { englishProblemTexts } from '../../src/domain/english-problem-texts';

jest.setTimeout(60_000);

const REPO = resolve(__dirname, '..', '..');
type CriterionGlobal = { window?: { __CRITERION__?: { getFeatureFlagOverride(name: string): boolean | undefined } } };
let root: string;

function app(name: string, source: string): string {
  const src = join(root, name, 'index.tsx');
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(src, source);
  return src;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shipshape-lighter-'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => delete (globalThis as CriterionGlobal).window);

describe('the feature-gate stand-in', () => {
  // The real client, never initialised (nothing in a Forge iframe initialises it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const real = (require('@atlaskit/feature-gate-js-client/feature-gates') as { default: { checkGate(name: string): boolean } }).default;
  const gates = ['platform-dst-motion-uplift', 'platform-component-visual-refresh', 'anything-else'];

  it('answers every gate as the uninitialised client does: off', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const gate of gates) expect([gate, checkGate(gate)]).toEqual([gate, real.checkGate(gate)]);
    expect(gates.map(checkGate)).toEqual([false, false, false]);
    warn.mockRestore();
  });

  it("honours Atlassian's __CRITERION__ override as the real client does", () => {
    (globalThis as CriterionGlobal).window = { __CRITERION__: { getFeatureFlagOverride: (name) => (name === 'anything-else' ? true : undefined) } };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const gate of gates) expect([gate, checkGate(gate)]).toEqual([gate, real.checkGate(gate)]);
    expect(checkGate('anything-else')).toBe(true);
    warn.mockRestore();
  });

  it('keeps Statsig out of a bundle whose components ask platform-feature-flags', async () => {
    const src = app('flags', "import { fg } from '@atlaskit/platform-feature-flags';\ndocument.body.textContent = String(fg('platform-dst-motion-uplift'));\n");
    await buildApp(src, join(root, 'flags', 'build'));
    const js = readFileSync(join(root, 'flags', 'build', 'main.js'), 'utf8');
    expect(js).not.toMatch(/statsig/i);
    expect(js).toContain('__CRITERION__');
  });

  it('fails the build when anything else imports the client (it might initialise it)', async () => {
    const src = app('direct', "import FeatureGates from '@atlaskit/feature-gate-js-client';\nconsole.log(FeatureGates);\n");
    await expect(buildApp(src, join(root, 'direct', 'build'))).rejects.toThrow(
      /imports @atlaskit\/feature-gate-js-client: Custom UI builds replace the feature-gate client/,
    );
  });
});

describe('the deferred Tooltip', () => {
  it('leaves the real Tooltip out of the initial load and fetches it in a lazy chunk', async () => {
    const src = app(
      'tooltip',
      [
        "import { createRoot } from 'react-dom/client';",
        "import Tooltip from '@atlaskit/tooltip/Tooltip';",
        'createRoot(document.getElementById(\'root\')!).render(<Tooltip content="Sort ascending">{(props) => <button {...props}>Title</button>}</Tooltip>);',
        '',
      ].join('\n'),
    );
    const sizes = await buildApp(src, join(root, 'tooltip', 'build'));
    const text = (file: string) => readFileSync(join(root, 'tooltip', 'build', file), 'utf8');
    const initial = sizes.initial
      .filter((f) => f.file.endsWith('.js'))
      .map((f) => text(f.file))
      .join('\n');
    expect(initial).not.toContain('tooltip-manager');
    expect(initial).toMatch(/import\("\.\/chunks\//);
    const lazy = sizes.lazy.map((f) => text(f.file)).join('\n');
    expect(lazy).toContain('role:"tooltip"');
    expect(readdirSync(join(root, 'tooltip', 'build')).filter((f) => f.endsWith('.css'))).toEqual(['main.css']);
  });
});

describe("the pagination's buttons", () => {
  // A data attribute only the legacy button sets.
  const LEGACY_BUTTON = 'data-firefox-is-active';
  const builtJs = (name: string) => {
    const chunks = join(root, name, 'build', 'chunks');
    const files = existsSync(chunks) ? readdirSync(chunks).map((f) => join(chunks, f)) : [];
    return [join(root, name, 'build', 'main.js'), ...files].map((f) => readFileSync(f, 'utf8')).join('\n');
  };

  it("draw Atlaskit's pagination with the current button: no legacy button or emotion in the bundle", async () => {
    const src = app(
      'pages',
      [
        "import { createRoot } from 'react-dom/client';",
        "import Pagination from '@atlaskit/pagination';",
        'createRoot(document.getElementById(\'root\')!).render(<Pagination pages={[1, 2, 3]} nextLabel="Next page" />);',
        '',
      ].join('\n'),
    );
    await buildApp(src, join(root, 'pages', 'build'));
    const js = builtJs('pages');
    expect(js).not.toContain(LEGACY_BUTTON);
    expect(js).not.toMatch(/@emotion|__EMOTION/);
    expect(js).toContain('Next page');
  });

  it('leave the legacy button to anything else that imports it', async () => {
    const src = app('legacy', "import Button from '@atlaskit/button/standard-button';\nconsole.log(Button);\n");
    await buildApp(src, join(root, 'legacy', 'build'));
    expect(builtJs('legacy')).toContain(LEGACY_BUTTON);
  });
});

describe('the English problem texts', () => {
  it('are the same texts in a Custom UI build, without the rest of the English file', async () => {
    const domain = join(REPO, 'src', 'domain');
    const src = app(
      'problems',
      `import { problem } from '${join(domain, 'problem')}';\ndocument.body.textContent = problem('x', 'problems.required').message;\n`,
    );
    await buildApp(src, join(root, 'problems', 'build'));
    const js = readFileSync(join(root, 'problems', 'build', 'main.js'), 'utf8');
    const english = JSON.parse(readFileSync(join(REPO, 'locales', 'en-US.json'), 'utf8')) as { problems: { required: string }; panel: { loading: string } };
    expect(js).toContain(JSON.stringify(english.problems.required));
    expect(english.panel.loading.length).toBeGreaterThan(0);
    expect(js).not.toContain(english.panel.loading);
  });

  it('are the `problems` section of the English file, as generated (npm run i18n:problems)', () => {
    expect(englishProblemTexts).toEqual((JSON.parse(readFileSync(join(REPO, 'locales', 'en-US.json'), 'utf8')) as { problems: unknown }).problems);
  });
});
