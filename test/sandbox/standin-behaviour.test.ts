/**
 * How the stand-in behaves: rights (edit, transition), workflow rules with Jira's validator
 * payload, edits and their validation, search, people and auth, and persistence across restarts.
 */
import { HISTORY_ITEMS } from '../../sandbox/standin/seed-history-issues';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ALEX, EMMA, QUINN, VICTOR } from '../../sandbox/standin/demo-users';
import { SEED_ISSUES } from '../../sandbox/standin/seed';
import { doc, paragraph } from '../../sandbox/standin/adf';
import { basic, removeDir, startStandIn, type Harness } from './standin-harness';
import { asList, asRecord } from '../support/jira-shape-checks';

let h: Harness;
beforeEach(async () => {
  h = await startStandIn();
});
afterEach(async () => {
  await h.close();
  removeDir(dirname(h.dataFile));
});

const { promoCodes, savedCards, promoCodesWeb, funnelEvents } = SEED_ISSUES;
const fieldsOf = async (key: string, fields = '*all') =>
  asRecord(asRecord((await h.call('app', 'GET', `/rest/api/3/issue/${key}`, { query: { fields } })).body).fields);
const statusOf = async (key: string) => asRecord((await fieldsOf(key, 'status')).status).name;
const transition = (key: string, body: unknown, as: 'emma' | 'victor' = 'emma') => h.call(as, 'POST', `/rest/api/3/issue/${key}/transitions`, { body });
const edit = (key: string, body: unknown, as: 'emma' | 'victor' | 'app' = 'emma') => h.call(as, 'PUT', `/rest/api/3/issue/${key}`, { body });

describe('edit', () => {
  it("needs Edit Issues: a viewer gets Jira's 403 and nothing changes", async () => {
    const answer = await edit(funnelEvents.key, { fields: { summary: 'Renamed' } }, 'victor');
    expect(answer).toMatchObject({ status: 403, body: { errorMessages: ['You do not have permission to edit issues in this project.'], errors: {} } });
    expect((await fieldsOf(funnelEvents.key, 'summary')).summary).toBe('Add checkout funnel events to the analytics plan');
  });

  it("sets fields and applies update operations, in Jira's GET shapes afterwards", async () => {
    const answer = await edit(funnelEvents.key, {
      fields: {
        summary: 'Track the checkout funnel',
        description: doc(paragraph('Events for every step.')),
        assignee: { accountId: QUINN.accountId },
        fixVersions: [{ name: '2026.12' }, { id: '10022' }],
        customfield_10016: 2,
        customfield_10030: { value: 'High' },
        customfield_10020: null,
      },
      update: { labels: [{ add: 'tracking' }, { remove: 'analytics' }], components: [{ add: { name: 'Payments' } }] },
    });
    expect(answer.status).toBe(204);
    const fields = await fieldsOf(funnelEvents.key);
    expect(fields).toMatchObject({
      summary: 'Track the checkout funnel',
      description: doc(paragraph('Events for every step.')),
      labels: ['tracking'],
      assignee: { accountId: QUINN.accountId, displayName: 'Quinn QA' },
      customfield_10016: 2,
      customfield_10030: { value: 'High', id: '10042' },
      customfield_10020: null,
    });
    expect(asList(fields.fixVersions).map((v) => asRecord(v).name)).toEqual(['2026.12', '2027.01']);
    expect(asList(fields.components).map((c) => asRecord(c).name)).toEqual(['Web checkout', 'Payments']);
    expect(fields.updated).not.toBe('2026-11-20T10:02:00.000+0000');
  });

  it('reports every bad value by field with 400 and changes nothing, not even the good values', async () => {
    const answer = await edit(funnelEvents.key, {
      fields: {
        summary: 'Fine',
        description: 'plain text',
        fixVersions: [{ name: '2099.1' }],
        customfield_10016: '3',
        status: { id: '10001' },
        assignee: { accountId: VICTOR.accountId },
      },
      update: { labels: [{ add: 'has space' }] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errorMessages: [],
      errors: {
        description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
        fixVersions: "Version name '2099.1' is not valid",
        customfield_10016: 'Operation value must be a number',
        status: "Field 'status' cannot be set. It is not on the appropriate screen, or unknown.",
        assignee: "User 'Victor Viewer' cannot be assigned issues.",
        labels: "The label 'has space' contains spaces which is invalid.",
      },
    });
    expect((await fieldsOf(funnelEvents.key, 'summary')).summary).toBe('Add checkout funnel events to the analytics plan');
  });

  it('answers a body that is not an edit, or is not JSON, with 400', async () => {
    expect((await edit(funnelEvents.key, { update: { labels: 'x' } })).status).toBe(400);
    expect((await edit(funnelEvents.key, '{"fields":')).status).toBe(400);
    expect((await h.call('emma', 'PUT', `/rest/api/3/issue/${funnelEvents.key}`)).status).toBe(400);
  });
});

describe('transitions and workflow rules', () => {
  it('lists only the transitions from the current status, and none for someone who may not transition', async () => {
    const ids = async (key: string, as: 'emma' | 'victor') =>
      asList(asRecord((await h.call(as, 'GET', `/rest/api/3/issue/${key}/transitions`)).body).transitions).map((t) => asRecord(t).id);
    expect(await ids(promoCodes.key, 'emma')).toEqual(['21', '31']);
    expect(await ids(savedCards.key, 'emma')).toEqual(['31', '51']);
    expect(await ids(SEED_ISSUES.sdkUpgrade.key, 'emma')).toEqual(['41']);
    expect(await ids(promoCodes.key, 'victor')).toEqual([]);
  });

  it("runs the transition's rule with Jira's validator payload and blocks with its message, changing nothing", async () => {
    h.ruleAnswer = async () => ({ result: false, errorMessage: 'Definition of Done: 2 of 9 required checks not met on ABC-3.' });
    const answer = await transition(promoCodes.key, { transition: { id: '31' } });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: ['Definition of Done: 2 of 9 required checks not met on ABC-3.'], errors: {} } });
    expect(h.ruleCalls).toEqual([
      {
        rule: { type: 'shipshape-gate', configuration: { gateId: 'definition-of-done' } },
        args: {
          issue: { key: 'ABC-3' },
          configuration: { gateId: 'definition-of-done' },
          transition: { from: { id: '3' }, to: { id: '10001' }, modifiedFields: null },
        },
      },
    ]);
    expect(await statusOf(promoCodes.key)).toBe('In Progress');
  });

  it("hands the screen's fields to the rule in Get issue's shape, and keeps them only when the rule passes", async () => {
    h.ruleAnswer = async () => ({ result: false, errorMessage: 'no' });
    const fields = { labels: [], assignee: { accountId: ALEX.accountId }, fixVersions: [{ name: '2027.01' }] };
    expect((await transition(promoCodes.key, { transition: { id: '31' }, fields })).status).toBe(400);
    const modified = asRecord(h.ruleCalls[0]?.args.transition.modifiedFields);
    expect(modified).toEqual({
      labels: null,
      assignee: { accountId: ALEX.accountId },
      fixVersions: [expect.objectContaining({ id: '10022', name: '2027.01', self: expect.stringMatching(/\/rest\/api\/3\/version\/10022$/) })],
    });
    expect((await fieldsOf(promoCodes.key, 'labels')).labels).toEqual(['checkout', 'promotions']);

    h.ruleAnswer = async () => ({ result: true });
    expect((await transition(promoCodes.key, { transition: { id: '31' }, fields })).status).toBe(204);
    const after = await fieldsOf(promoCodes.key);
    expect(after).toMatchObject({
      labels: [],
      assignee: { accountId: ALEX.accountId },
      status: { name: 'Done', statusCategory: { key: 'done' } },
      resolution: { name: 'Done' },
    });
    expect(after.resolutiondate).toEqual(expect.any(String));
  });

  it('treats a rule that throws as blocking, and a rule without a message with a default one', async () => {
    h.ruleAnswer = async () => {
      throw new Error('validator crashed');
    };
    const crashed = await transition(promoCodes.key, { transition: { id: '21' } });
    expect(crashed.status).toBe(400);
    expect(JSON.stringify(crashed.body)).toContain('validator crashed');
    h.ruleAnswer = async () => ({ result: false });
    expect((await transition(promoCodes.key, { transition: { id: '21' } })).body).toEqual({
      errorMessages: ['The workflow rule "shipshape-gate" blocked this transition.'],
      errors: {},
    });
    expect(await statusOf(promoCodes.key)).toBe('In Progress');
  });

  it('runs no rules on transitions without them, sub-task transitions included, and clears the resolution on reopen', async () => {
    expect((await transition(promoCodesWeb.key, { transition: { id: '11' } })).status).toBe(204);
    expect((await transition(SEED_ISSUES.sdkUpgrade.key, { transition: { id: '41' } })).status).toBe(204);
    expect(h.ruleCalls).toEqual([]);
    expect(await statusOf(promoCodesWeb.key)).toBe('In Progress');
    expect(await fieldsOf(SEED_ISSUES.sdkUpgrade.key, 'status,resolution,resolutiondate')).toMatchObject({
      status: { name: 'To Do' },
      resolution: null,
      resolutiondate: null,
    });
  });

  it("refuses transitions that are unknown, unavailable, missing or not permitted with Jira's 400", async () => {
    const message = async (body: unknown, as: 'emma' | 'victor' = 'emma') =>
      asList(asRecord((await transition(promoCodes.key, body, as)).body).errorMessages)[0];
    expect(await message({ transition: { id: '99' } })).toBe("Transition id '99' is not valid for this issue.");
    expect(await message({ transition: { id: '41' } })).toBe("Transition id '41' is not valid for this issue.");
    expect(await message({})).toBe("Missing 'transition' identifier.");
    expect(await message({ transition: { id: '31' } }, 'victor')).toBe('You do not have permission to transition this issue.');
    expect(h.ruleCalls).toEqual([]);
  });

  it("lets the sandbox change a transition's rules, which then run and survive a restart", async () => {
    h.standIn.setTransitionRules('11', [{ id: 'r1', type: 'shipshape-gate', configuration: { gateId: 'pre-handoff' } }]);
    expect(h.standIn.workflow().transitions.find((t) => t.id === '11')?.rules).toEqual([
      { id: 'r1', type: 'shipshape-gate', configuration: { gateId: 'pre-handoff' } },
    ]);
    expect(() => h.standIn.setTransitionRules('99', [])).toThrow('No transition 99');
    h = await h.restart();
    expect((await transition(funnelEvents.key, { transition: { id: '11' } })).status).toBe(204);
    expect(h.ruleCalls.map((c) => c.args.configuration)).toEqual([{ gateId: 'pre-handoff' }]);
    expect(h.standIn.workflows().map((w) => w.transitions.find((t) => t.id === '11')?.rules.length ?? 0)).toEqual([1, 0, 0]);
  });
});

describe('search, people and auth', () => {
  const keys = async (jql: string, extra: Record<string, string> = {}) =>
    asList(asRecord((await h.call('emma', 'GET', '/rest/api/3/search/jql', { query: { jql, fields: 'summary', ...extra } })).body).issues).map(
      (i) => asRecord(i).key,
    );

  it('finds by project, parent, status, assignee, labels and summary, ordered as asked', async () => {
    expect(await keys('parent = ABC-3')).toEqual(['ABC-9', 'ABC-8']);
    expect(await keys('project = ABC AND issuetype = Sub-task ORDER BY key ASC')).toEqual(['ABC-6', 'ABC-7', 'ABC-8', 'ABC-9', 'ABC-11']);
    expect(await keys('project in (ABC) AND status = "Ready for QA" ORDER BY key')).toEqual(['ABC-2', 'ABC-5']);
    // The shipped history items (ABC-101 on, seed-history-issues.ts) are Emma's too.
    expect(await keys('assignee = currentUser() AND issuetype != Sub-task AND statusCategory != Done ORDER BY key')).toEqual([
      'ABC-2',
      'ABC-3',
      'ABC-5',
      'ABC-10',
    ]);
    expect(await keys('assignee IS EMPTY ORDER BY key')).toEqual(['ABC-9', 'ABC-12']);
    expect(await keys('labels = promotions AND summary ~ "promo" ORDER BY key')).toEqual(['ABC-3']);
    expect(await keys('fixVersion = 2027.01 ORDER BY created DESC')).toEqual(['ABC-13', 'ABC-10']);
  });

  it('answers ids only by default, and pages with a token', async () => {
    const page = asRecord((await h.call('emma', 'GET', '/rest/api/3/search/jql', { query: { jql: 'parent = ABC-2', maxResults: '1' } })).body);
    expect(page).toEqual({ issues: [{ id: '10007' }], nextPageToken: expect.any(String), isLast: false });
    const next = asRecord(
      (await h.call('emma', 'GET', '/rest/api/3/search/jql', { query: { jql: 'parent = ABC-2', maxResults: '1', nextPageToken: String(page.nextPageToken) } }))
        .body,
    );
    expect(next).toEqual({ issues: [{ id: '10006' }], isLast: true });
    expect((await h.call('emma', 'GET', '/rest/api/3/search/jql', { query: { jql: 'parent = ABC-2', nextPageToken: 'bogus' } })).status).toBe(400);
  });

  it('authenticates people by email:sandbox or the sandbox-user cookie, and refuses anything else', async () => {
    const me = async (authorization?: string, cookie?: string) => {
      const response = await fetch(`${h.baseUrl}/rest/api/3/myself`, {
        headers: { ...(authorization ? { authorization } : {}), ...(cookie ? { cookie } : {}) },
      });
      return { status: response.status, accountId: response.ok ? ((await response.json()) as { accountId: string }).accountId : undefined };
    };
    expect(await me(basic('EMMA@example.com'))).toEqual({ status: 200, accountId: EMMA.accountId });
    expect(await me(undefined, `theme=dark; sandbox-user=${encodeURIComponent(QUINN.accountId)}`)).toEqual({ status: 200, accountId: QUINN.accountId });
    expect((await me(basic('emma@example.com', 'wrong'), `sandbox-user=${QUINN.accountId}`)).status).toBe(401);
    expect((await me(basic('mallory@example.com'))).status).toBe(401);
    expect((await me(undefined, 'sandbox-user=nobody')).status).toBe(401);
    expect((await me('Bearer token')).status).toBe(401);
  });
});

describe('persistence', () => {
  it('saves every write to the data file atomically and serves it again after a restart', async () => {
    await edit(funnelEvents.key, { fields: { summary: 'Persisted summary' } });
    await h.call('app', 'PUT', `/rest/api/3/issue/${funnelEvents.key}/properties/shipshape.seen`, { body: { at: 1 } });
    expect(JSON.parse(readFileSync(h.dataFile, 'utf8')).issues.find((i: { key: string }) => i.key === funnelEvents.key).summary).toBe('Persisted summary');
    expect(readdirSync(dirname(h.dataFile)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    h = await h.restart();
    expect((await fieldsOf(funnelEvents.key, 'summary')).summary).toBe('Persisted summary');
    expect((await h.call('app', 'GET', `/rest/api/3/issue/${funnelEvents.key}/properties/shipshape.seen`)).body).toEqual({
      key: 'shipshape.seen',
      value: { at: 1 },
    });
  });

  it('reseeds on reset(), on reset: true, and when the data file is unreadable or of another shape', async () => {
    const seeded = (await fieldsOf(funnelEvents.key, 'summary')).summary;
    await edit(funnelEvents.key, { fields: { summary: 'Changed' } });
    h.standIn.reset();
    expect((await fieldsOf(funnelEvents.key, 'summary')).summary).toBe(seeded);

    await edit(funnelEvents.key, { fields: { summary: 'Changed' } });
    h = await h.restart({ reset: true });
    expect((await fieldsOf(funnelEvents.key, 'summary')).summary).toBe(seeded);

    for (const broken of ['{"format": "shipshape.sandbox.standin/v1", "issues": 3}', 'not json', '{"format":"x"}']) {
      writeFileSync(h.dataFile, broken);
      h = await h.restart();
      expect((await fieldsOf(funnelEvents.key, 'summary')).summary).toBe(seeded);
      expect(JSON.parse(readFileSync(h.dataFile, 'utf8')).format).toBe('shipshape.sandbox.standin/v1');
    }
  });

  it('creates the data file (and its folder) on first start', async () => {
    const dir = dirname(h.dataFile);
    const other = await startStandIn({ dataFile: `${dir}/nested/deeper/jira.json`, dir });
    try {
      expect(existsSync(`${dir}/nested/deeper/jira.json`)).toBe(true);
      expect(other.standIn.snapshot().issues).toHaveLength(13 + HISTORY_ITEMS);
    } finally {
      await other.close();
    }
  });
});
