#!/usr/bin/env node
// The project's test command (`npm test`): type-checks, runs every jest suite, and ends with
// one line "N passed, N failed" (the type-check counts as one check) for people and for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;

const typecheck = spawnSync(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status === 0) passed += 1;
else {
  failed += 1;
  console.error('Type-check failed (see above).');
}

// Browser suites need Debian's Chromium: install it when missing (as root), or say how.
if (!existsSync('/usr/bin/chromium')) {
  const ensured = spawnSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
  if (ensured.status !== 0) console.error('Browser tests will fail: Chromium is not installed.');
}

const dir = mkdtempSync(join(tmpdir(), 'shipshape-jest-'));
const report = join(dir, 'jest.json');
const jest = spawnSync(bin('jest'), ['--json', `--outputFile=${report}`, ...process.argv.slice(2)], { stdio: 'inherit' });
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that fails to load has no failed tests of its own: count it so it cannot pass silently.
  failed += result.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
} catch {
  failed += 1;
  console.error('jest produced no report (it crashed before running tests).');
}
rmSync(dir, { recursive: true, force: true });
if (jest.status !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
