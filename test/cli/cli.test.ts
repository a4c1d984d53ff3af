import { spawnSync } from 'node:child_process';
import { cli, repo } from './cli-harness';

const ready = [
  '--gates',
  'examples/gates.json',
  '--gate',
  'definition-of-done',
  '--issue',
  'examples/issue-ABC-123.json',
  '--records',
  'examples/records-ABC-123.json',
];
const failing = [
  '--gates',
  'examples/gates.json',
  '--gate',
  'definition-of-done',
  '--issue',
  'examples/issue-ABC-140.json',
  '--records',
  'examples/records-ABC-140.json',
];

describe('cli evaluate', () => {
  it('prints a passing verdict as JSON and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['evaluate', ...ready]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const verdict = JSON.parse(stdout);
    expect(verdict).toMatchObject({ gate: 'definition-of-done', issue: 'ABC-123', applicable: true, passed: true });
    expect(verdict.results.map((r: { status: string }) => r.status)).toEqual(Array(9).fill('passed'));
  });

  it('exits 1 with the failing criteria and their reasons when the gate blocks', async () => {
    const { code, stdout } = await cli(['evaluate', ...failing]);
    expect(code).toBe(1);
    const verdict = JSON.parse(stdout);
    const failed = verdict.results.filter((r: { status: string }) => r.status === 'failed').map((r: { id: string }) => r.id);
    expect(failed).toEqual(['fix-version', 'description', 'story-points', 'subtasks', 'blockers', 'no-wip', 'handoff', 'verified', 'support-briefed']);
    const subtasks = verdict.results.find((r: { id: string }) => r.id === 'subtasks');
    expect(subtasks.reason).toMatch(/^\d+ sub-tasks? not done: ABC-\d+ \(/);
  });

  it('works without records (every app-recorded criterion fails)', async () => {
    const { code, stdout } = await cli(['evaluate', ...ready.slice(0, 6)]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).results.find((r: { id: string }) => r.id === 'handoff').status).toBe('failed');
  });

  it.each([
    [['evaluate', '--gate', 'x', '--issue', 'examples/issue-ABC-123.json'], 'shipshape: missing --gates'],
    [
      ['evaluate', ...ready.slice(0, 2), '--gate', 'nope', ...ready.slice(4, 6)],
      'shipshape: gates file examples/gates.json has no gate "nope" (it has: definition-of-done, ready-for-qa)',
    ],
    [['evaluate', ...ready.slice(0, 4), '--issue', 'missing.json'], 'shipshape: issue file missing.json: file not found'],
    [
      ['evaluate', ...ready.slice(0, 4), '--issue', 'examples/gates.json'],
      'shipshape: issue file examples/gates.json is not a Jira work item as GET /rest/api/3/issue returns it',
    ],
    [['evaluate', ...ready.slice(0, 6), '--records', 'manifest.yml'], 'shipshape: records file manifest.yml: not valid JSON'],
    [['frobnicate'], 'shipshape: unknown command "frobnicate" (try --help)'],
    [[], 'shipshape: no command given (try --help)'],
    [['evaluate', '--colour'], "shipshape: Unknown option '--colour'"],
  ])('bad input %j exits 2 with one line naming the problem', async (argv, message) => {
    const { code, stderr, stdout } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cli validate', () => {
  it('accepts a valid file', async () => {
    expect(await cli(['validate', 'examples/gates.json'])).toEqual({ code: 0, stdout: 'examples/gates.json: valid (2 gate(s), 11 criteria)', stderr: '' });
  });

  it('lists every problem of a broken file by path and exits 2', async () => {
    const { code, stderr } = await cli(['validate', 'examples/gates-broken.json']);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      'shipshape: gates file examples/gates-broken.json: 5 problem(s)',
      '  gates[0].id: must be an id: 1–64 characters a–z, 0–9 or "-"',
      '  gates[0].criteria[0].kind: is "field-sett", which is not a kind of check; the kinds are field-set, labels, subtasks-done, links-resolved, manual, approval, handoff-complete, behaviours-verified, decisions-settled',
      '  gates[0].criteria[1]: needs at least one label to require or forbid',
      '  gates[0].criteria[2].requried: is not a known field',
      '  gates[0].criteria[1].id: the id "fix" is used twice',
    ]);
  });

  it('prints the built-in templates as a file that validates', async () => {
    const { code, stdout } = await cli(['templates']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).gates.map((g: { id: string }) => g.id)).toEqual([
      'pre-handoff',
      'ready-for-qa',
      'definition-of-done',
      'go-live-readiness',
      'launch-handoff',
    ]);
  });
});

describe('the real command (npm run -s cli)', () => {
  const run = (args: string[]) => spawnSync(repo('node_modules/.bin/tsx'), [repo('src/cli/main.ts'), ...args], { cwd: repo('.'), encoding: 'utf8' });

  it('sets the process exit status and prints no stack trace', () => {
    expect(run(['evaluate', ...ready]).status).toBe(0);
    expect(run(['evaluate', ...failing]).status).toBe(1);
    const broken = run(['validate', 'examples/gates-broken.json']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});
