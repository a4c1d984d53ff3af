/**
 * The deploy path: every function handler in manifest.yml is bundled by Forge's own bundler
 * (as `forge deploy` does), and each bundle loads and exports a function under the handler's name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionBundles } from '../../scripts/deploy/bundle-functions';

const tsx = join('node_modules', '.bin', 'tsx');
let bundles: FunctionBundles;

beforeAll(() => {
  const run = spawnSync(tsx, ['scripts/deploy/bundle-functions-cli.ts'], { encoding: 'utf8', timeout: 170_000 });
  if (run.status !== 0) throw new Error(`@forge/bundler failed:\n${run.stderr}`);
  bundles = JSON.parse(run.stdout) as FunctionBundles;
}, 180_000);

afterAll(() => {
  if (bundles) rmSync(bundles.outputDir, { recursive: true, force: true });
});

describe("Forge's bundler (forge deploy's packaging)", () => {
  it('bundles every handler module the manifest names, with the runtime files beside them', () => {
    expect(bundles.handlers.length).toBeGreaterThanOrEqual(7);
    expect([...bundles.modules].sort()).toEqual(['index', 'validator-entry']);
    for (const name of ['index.cjs', 'validator-entry.cjs', '__forge__.cjs', '__forge_wrapper__.cjs', 'runtime.json']) {
      expect(existsSync(join(bundles.outputDir, name))).toBe(true);
    }
    expect(bundles.warnings).toEqual([]);
  });

  it('loads each bundle in a fresh process and finds every handler as a function', () => {
    const script = `
      const loader = require(${JSON.stringify(join(bundles.outputDir, '__forge__.cjs'))});
      const handlers = JSON.parse(process.argv[1]);
      console.log(JSON.stringify(handlers.map((h) => [h.handler, typeof loader.loadHandler(${JSON.stringify(bundles.outputDir)}, h.handler)])));
    `;
    const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(bundles.handlers)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const types = JSON.parse(run.stdout) as [string, string][];
    expect(types).toEqual(bundles.handlers.map((h) => [h.handler, 'function']));
  });
});
