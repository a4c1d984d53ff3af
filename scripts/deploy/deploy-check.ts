/**
 * `npm run deploy:check`: everything `forge deploy` and `forge lint` do before they talk to
 * Atlassian, offline. Builds static/, bundles the handlers with Forge's bundler, validates the
 * manifest (FULL), runs @forge/lint's client-side linters over src/ (failing if they parsed fewer
 * files than src/ has), checks the scopes against the API specs and the resources against
 * Forge's limits. Exits 1 on any error.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import { bundleFunctions } from './bundle-functions';
import { lintWalkProblems, runForgeLint } from './forge-lint';
import { checkScopes } from './scope-check';
import { resourceLimitProblems, resourceUsage } from './resource-limits';

const ROOT = resolve(__dirname, '../..');
let failures = 0;
const step = (name: string, problems: string[], detail = ''): void => {
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  for (const p of problems) console.log(`     ${p}`);
  failures += problems.length === 0 ? 0 : 1;
};

async function main(): Promise<void> {
  process.chdir(ROOT);
  const skipBuild = process.argv.includes('--skip-build');
  if (!skipBuild) {
    const build = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-static.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
    step('build static/ (npm run build)', build.status === 0 ? [] : ['the Custom UI build failed (see above)']);
  }

  const bundles = await bundleFunctions(ROOT).catch((error: unknown) => error as Error);
  if (bundles instanceof Error) step("bundle the functions with Forge's bundler", [bundles.message]);
  else {
    step(
      "bundle the functions with Forge's bundler",
      bundles.warnings,
      `${bundles.modules.map((m) => `${m}.cjs`).join(', ')} for ${bundles.handlers.length} handlers`,
    );
    rmSync(bundles.outputDir, { recursive: true, force: true });
  }

  const manifest = await ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(resolve(ROOT, 'manifest.yml'));
  const manifestErrors = (manifest.errors ?? []).filter((e) => (e.level ?? 'error') === 'error');
  step(
    'manifest.yml passes @forge/manifest FULL validation',
    manifestErrors.map((e) => `line ${e.line}: ${e.message}`),
  );

  const lint = await runForgeLint();
  const lintErrors = lint.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line} ${p.message}`);
  const walkProblems = lintWalkProblems(lint);
  step(
    "@forge/lint's client-side linters",
    [...walkProblems, ...lintErrors],
    `${lint.parsedFiles} files parsed (${lint.sourceFiles} in src/ + the REST calls)`,
  );
  for (const w of lint.problems.filter((p) => p.level === 'warning')) console.log(`     warning: ${w.file}:${w.line} ${w.message}`);

  const scopes = await checkScopes();
  step(
    'scopes match the API specs',
    [...scopes.missing.map((s) => `missing scope ${s}`), ...scopes.surplus.map((s) => `surplus scope ${s}: no call needs it`)],
    scopes.declared.join(', '),
  );

  const config = await new ConfigFile(new FileSystemReader(), new FileSystemWriter()).readConfig();
  const usage = resourceUsage(ROOT, config.resources ?? []);
  const files = usage.reduce((n, r) => n + r.files, 0);
  const kb = usage.reduce((n, r) => n + r.bytes, 0) / 1024;
  step("resources within Forge's limits", resourceLimitProblems(usage), `${usage.length} resources, ${files} files, ${kb.toFixed(0)} KB`);

  console.log(failures === 0 ? 'deploy:check passed' : `deploy:check failed: ${failures} step(s)`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
