#!/usr/bin/env node
// The project's test command (`npm test`): type-checks, lints, checks formatting, runs every jest
// suite, and ends with one line "N passed, N failed" (each check before the suites counts as one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;

// The checks before the suites: each counts as one test.
const checks = [
  ['Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['ESLint', bin('eslint'), ['.', '--max-warnings', '0']],
  // Run through node: npm may install prettier's bin without its execute bit.
  ['Formatting (prettier --check)', process.execPath, [join('node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '--log-level', 'warn', '.']],
];
for (const [name, command, args] of checks) {
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`${name} failed (see above).`);
  }
}

// Browser suites need Debian's Chromium: install it when missing (as root), or say how.
if (!existsSync('/usr/bin/chromium')) {
  const ensured = spawnSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
  if (ensured.status !== 0) console.error('Browser tests will fail: Chromium is not installed.');
}

/** Runs jest on the suites `selection` picks, and adds its counts. */
function runJest(selection) {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-jest-'));
  const report = join(dir, 'jest.json');
  const jest = spawnSync(bin('jest'), ['--json', `--outputFile=${report}`, '--passWithNoTests', ...selection, ...process.argv.slice(2)], { stdio: 'inherit' });
  let counted = false;
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    counted = result.numFailedTests > 0;
    // A suite that fails to load has no failed tests of its own: count it so it cannot pass silently.
    const unloaded = result.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
    failed += unloaded;
    counted ||= unloaded > 0;
  } catch {
    failed += 1;
    counted = true;
    console.error('jest produced no report (it crashed before running tests).');
  }
  rmSync(dir, { recursive: true, force: true });
  if (jest.status !== 0 && !counted) failed += 1;
}

// The browser suites run after the others, not beside them: on CI's 2 cores the CPU-bound suites
// (the fuzz suites above all) would otherwise starve Chromium and time its waits out.
// With arguments (`npm test -- test/records`), jest runs once on what they select.
const BROWSER = '\\.browser\\.test\\.';
if (process.argv.length > 2) runJest([]);
else {
  runJest([`--testPathIgnorePatterns=${BROWSER}`]);
  runJest([`--testPathPattern=${BROWSER}`]);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
