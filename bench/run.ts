import { bundledWords } from '../src/adapters/bundled-words';
import { englishSay } from '../src/domain/words/english';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { evaluate } from '../src/domain/evaluate';
import { validateTransition } from '../src/validator/validate-transition';
import { memoryStore } from '../src/adapters/memory-store';
import type { JiraClient } from '../src/ports/jira-client';
import { legacyProjectGatesKey } from '../src/gates/project-keys';
import { recordsKey } from '../src/records/records-store';
import { bigGate, bigIssue, someRecords } from './big-item';
import { medianMs, printTable, type Row } from './measure';
import { bundleOnlyRows, customUiRows } from './screens/screens';
import { forgeBundleRows } from './forge-bundles';
import { benchDecisions, decisionIndexRows, indexBenchDecisions } from './decision-index';
import { decisionRegisterRows } from './decision-register';
import { gateInsightRows, insightsResolverRows } from './gate-insights';
import { searchIndexCallRows } from './search-index-calls';

const KB = 1024;

function engineRows(): Row[] {
  const payload = JSON.stringify(bigIssue(1000, 500));
  const gate = bigGate(50);
  const records = someRecords();
  const issue = JSON.parse(payload);
  const parseMs = medianMs(() => JSON.parse(payload));
  const decisions = benchDecisions();
  const evaluateMs = medianMs(() => evaluate(gate, { issue, records, decisions }, englishSay));
  const ratio = evaluateMs / parseMs;
  return [
    { measure: `JSON.parse of the item (${(payload.length / KB).toFixed(0)} KB)`, value: `${parseMs.toFixed(3)} ms`, target: '(baseline)', ok: true },
    { measure: 'evaluate: 50 criteria, 1,000 sub-tasks, 500 links, 100 decisions', value: `${evaluateMs.toFixed(3)} ms`, target: '', ok: true },
    { measure: 'evaluate / JSON.parse', value: ratio.toFixed(3), target: '<= 0.5', ok: ratio <= 0.5 },
  ];
}

/** A backend entry file bundled and minified as Forge's packaging would: its size in bytes. */
async function bundledBytes(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [resolve(__dirname, '..', entry)],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    // ESM entry points let esbuild drop the parts of zod and @forge/* the app never calls.
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents.byteLength;
}

async function bundleRows(): Promise<Row[]> {
  const validator = await bundledBytes('src/validator-entry.ts');
  const others = await bundledBytes('src/index.ts');
  return [
    { measure: 'validator bundle (esbuild, minified)', value: `${(validator / KB).toFixed(1)} KB`, target: '<= 250 KB', ok: validator <= 250 * KB },
    { measure: 'other handlers bundle (src/index.ts)', value: `${(others / KB).toFixed(1)} KB`, target: '', ok: true },
  ];
}

async function jiraCallsRows(): Promise<Row[]> {
  const issue = bigIssue(1000, 500);
  let calls = 0;
  const jira: JiraClient = async () => {
    calls += 1;
    return { status: 200, header: () => undefined, body: issue };
  };
  const indexed = memoryStore({
    [legacyProjectGatesKey('ABC')]: { format: 'shipshape.gates/v1', gates: [bigGate(50)] },
    [recordsKey(issue.id)]: someRecords(),
  });
  await indexBenchDecisions(indexed, 'ABC-1');
  let indexReads = 0;
  const store = {
    ...indexed,
    get: (key: string) => {
      if (key.startsWith('decisions:')) indexReads += 1;
      return indexed.get(key);
    },
  };
  const clock = { now: () => Date.now(), sleep: async () => undefined };
  const runs = 20;
  for (let i = 0; i < runs; i++) {
    await validateTransition(
      { issue: { key: 'ABC-1' }, configuration: { gateId: 'bench' } },
      { jira, store, clock, retry: { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 }, words: bundledWords },
    );
  }
  const perEvaluation = calls / runs;
  const reads = indexReads / runs;
  return [
    { measure: 'Jira calls per validation', value: String(perEvaluation), target: '= 1', ok: perEvaluation === 1 },
    { measure: 'decision index reads per validation (100 decisions)', value: String(reads), target: '= 1', ok: reads === 1 },
  ];
}

async function main(): Promise<void> {
  const rows = [
    ...engineRows(),
    ...(await bundleRows()),
    ...forgeBundleRows(),
    ...(await jiraCallsRows()),
    ...(await decisionIndexRows()),
    ...(await decisionRegisterRows()),
    ...(await gateInsightRows()),
    ...(await insightsResolverRows()),
    ...(await searchIndexCallRows()),
  ];
  const screens = await customUiRows();
  rows.push(...screens.rows, ...(await bundleOnlyRows()));
  printTable(rows);
  for (const note of screens.notes) console.error(note);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

void main();
