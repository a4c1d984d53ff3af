import { SITE_GATES_KEY } from '../../src/gates/gate-library';
import { projectGatesKey } from '../../src/gates/project-keys';
import { auditKey } from '../../src/records/audit-trail';
import { adf, approval, behaviour, fullHandoff, idOf, inwardLink, issue, records, tick, verification, AT } from '../support/builders';
import { CAST, ITEM, PROJECT, criterionOf, dataOf, fakeSite, testGates, type Who } from './support/fake-site';
import { GATE_TRANSITIONS_MAX_AGE_MS } from '../../src/next-steps/gate-transitions';
import { jiraResponse } from '../support/fakes';

const handoff = () => ({
  ...fullHandoff(),
  expectedBehaviours: [
    behaviour('b1', 'Returning customer sees their last card preselected'),
    behaviour('b2', 'A removed card is no longer offered'),
    behaviour('b3', 'Guest checkout offers no saved cards'),
    behaviour('b4', 'Expired cards are listed but cannot be chosen'),
  ],
});
const panelRecords = () =>
  records({
    revision: 7,
    updatedAt: AT,
    updatedBy: CAST.dana.accountId,
    handoff: handoff(),
    verifications: {
      b1: verification('Returning customer sees their last card preselected'),
      b2: { ...verification('A removed card is no longer offered', 'failed'), note: 'Still offered after a refresh' },
      b3: verification('Guest checkout shows no saved cards'),
    },
    gates: {
      release: { ticks: { 'support-briefed': tick('dana') }, approvals: { 'product-approval': [approval('priya', { groups: ['release-managers'] })] } },
    },
  });

describe('getPanel', () => {
  it("shows the item, the handoff with each behaviour's verification state, the revision and the applicable gates' verdicts", async () => {
    const site = fakeSite({ records: panelRecords() });
    const data = dataOf(await site.call('getPanel', 'quinn'));
    expect(data.issue).toEqual({
      id: ITEM.id,
      key: ITEM.key,
      summary: 'Work item ABC-123',
      issueType: { id: '10001', name: 'Story' },
      status: { name: 'In Progress', category: 'indeterminate' },
      project: { id: '10000', key: 'ABC', name: 'Checkout' },
    });
    expect(data).toMatchObject({ revision: 7, updatedAt: AT, updatedBy: CAST.dana.accountId });
    expect(data.handoff.expectedBehaviours.map((b) => [b.id, b.state])).toEqual([
      ['b1', 'passed'],
      ['b2', 'failed'],
      ['b3', 'changed'],
      ['b4', 'untested'],
    ]);
    expect(data.handoff.expectedBehaviours[1]?.verification).toEqual({
      status: 'failed',
      accountId: CAST.quinn.accountId,
      at: AT,
      note: 'Still offered after a refresh',
      text: 'A removed card is no longer offered',
    });
    expect(data.handoff).toMatchObject({
      summary: fullHandoff().summary,
      testData: fullHandoff().testData,
      releaseNotes: fullHandoff().releaseNotes,
      riskAreas: fullHandoff().riskAreas,
    });
    // The Epic-only gate of the set does not apply to a Story.
    expect(data.gates.map((g) => [g.id, g.source, g.passed])).toEqual([
      ['ready-for-qa', 'project', false],
      ['release', 'project', false],
    ]);
    expect(criterionOf(data, 'release', 'verified')).toMatchObject({ status: 'failed', reason: expect.stringContaining('3 of 4 behaviours not verified') });
    expect(criterionOf(data, 'release', 'product-approval')).toMatchObject({
      status: 'passed',
      approvals: [expect.objectContaining({ accountId: CAST.priya.accountId })],
      approvedByMe: false,
    });
    expect(criterionOf(data, 'release', 'support-briefed')).toMatchObject({ status: 'passed', tick: tick('dana') });
  });

  it.each<[Who, { canEdit: boolean; canVerify: boolean }, Record<string, [boolean, boolean, boolean]>]>([
    // person, panel rights, criterion → [canTick, canApprove, canWaive]
    [
      'dana',
      { canEdit: true, canVerify: false },
      { 'build-deployed': [true, false, false], 'product-approval': [false, false, false], 'support-briefed': [true, false, false] },
    ],
    [
      'quinn',
      { canEdit: true, canVerify: true },
      { 'build-deployed': [true, false, false], 'product-approval': [false, false, false], 'support-briefed': [true, false, false] },
    ],
    [
      'priya',
      { canEdit: true, canVerify: false },
      { 'build-deployed': [true, false, false], 'product-approval': [false, true, false], 'support-briefed': [true, false, false] },
    ],
    [
      'lee',
      { canEdit: true, canVerify: false },
      { 'build-deployed': [true, false, true], 'product-approval': [false, false, true], 'support-briefed': [true, false, false] },
    ],
    [
      'vic',
      { canEdit: false, canVerify: false },
      { 'build-deployed': [false, false, false], 'product-approval': [false, false, false], 'support-briefed': [false, false, false] },
    ],
  ])('tells %s what they may do', async (who, rights, criteria) => {
    const data = dataOf(await fakeSite({ records: panelRecords() }).call('getPanel', who));
    expect(data.rights).toEqual(rights);
    const shown = Object.fromEntries(
      data.gates
        .flatMap((g) => g.criteria)
        .filter((c) => c.id in criteria)
        .map((c) => [c.id, [c.canTick, c.canApprove, c.canWaive]]),
    );
    expect(shown).toEqual(criteria);
  });

  it('loads the item with one Get issue for every field its gates need, plus the basics and the search summary, looks up only the roles the gates name, and names people in one call', async () => {
    const site = fakeSite({ records: panelRecords() });
    await site.call('getPanel', 'lee', { payload: { withNext: true } });
    expect(site.userRequests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: 'GET', path: '/rest/api/3/mypermissions', query: { issueId: ITEM.id, permissions: 'BROWSE_PROJECTS,EDIT_ISSUES' } },
      { method: 'GET', path: `/rest/api/3/issue/${ITEM.id}/transitions`, query: {} },
    ]);
    expect(site.asApp.requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      {
        method: 'GET',
        path: `/rest/api/3/issue/${ITEM.id}`,
        query: { fields: 'issuetype,description,summary,status,project,issuelinks', properties: 'shipshape', expand: 'names' },
      },
      { method: 'GET', path: '/rest/api/3/user/groups', query: { accountId: CAST.lee.accountId } },
      { method: 'GET', path: '/rest/api/3/project/ABC/role', query: undefined },
      { method: 'GET', path: '/rest/api/3/project/ABC/role/10002', query: undefined },
      { method: 'GET', path: '/rest/api/3/project/ABC/role/10102', query: undefined },
      // Which transitions the gates guard: read once, then kept for ten minutes (gate-transitions.ts).
      { method: 'GET', path: '/rest/api/3/workflow/rule/config', query: { types: 'validator', expand: 'transition', startAt: '0', maxResults: '50' } },
      { method: 'GET', path: '/rest/api/3/user/bulk', query: { maxResults: '3', startAt: '0' } },
    ]);
    expect(site.asApp.requests.at(-1)?.repeatedQuery).toEqual({ accountId: [CAST.dana.accountId, CAST.priya.accountId, CAST.quinn.accountId] });
  });

  it("shows each bug QA filed with its status from the item's links, in the same Get issue", async () => {
    const filed = (key: string) => ({ issueId: idOf(key), key, accountId: CAST.quinn.accountId, at: '2026-12-01T10:00:00.000Z' });
    const failed = (text: string) => ({ ...verification(text, 'failed'), at: '2026-12-01T09:00:00.000Z' });
    const site = fakeSite({
      records: records({
        handoff: { expectedBehaviours: [behaviour('b1', 'One'), behaviour('b2', 'Two'), behaviour('b3', 'Three')] },
        verifications: { b1: failed('One'), b2: failed('Two'), b3: failed('Three') },
        bugs: { b1: filed('ABC-200'), b2: { ...filed('ABC-201'), doneAt: '2026-12-02T10:00:00.000Z' }, b3: filed('ABC-202') },
      }),
      issue: issue({
        key: ITEM.key,
        fields: { project: PROJECT, issuelinks: [inwardLink('Blocks', 'ABC-200', 'In Progress', 'Bug'), inwardLink('Blocks', 'ABC-201', 'Done', 'Bug')] },
      }),
    });
    const [b1, b2, b3] = dataOf(await site.call('getPanel', 'quinn')).handoff.expectedBehaviours;
    expect(b1).toMatchObject({ state: 'failed', bug: { key: 'ABC-200', status: { name: 'In Progress', done: false } } });
    expect(b2).toMatchObject({ state: 'retest', bug: { key: 'ABC-201', status: { name: 'Done', done: true }, doneAt: '2026-12-02T10:00:00.000Z' } });
    // Unlinked in Jira since: the key is still shown, without a status the panel cannot know.
    expect(b3).toMatchObject({ state: 'failed', bug: { key: 'ABC-202' } });
    expect(b3?.bug?.status).toBeUndefined();
    expect(site.asApp.requests.filter((r) => r.path.startsWith('/rest/api/3/issue/'))).toHaveLength(1);
  });

  it("proposes the description's acceptance criteria as behaviours to people who may edit, when the edit form asks", async () => {
    const description = adf.doc(
      adf.paragraph(adf.text('Remember the last used card.')),
      adf.heading(3, adf.text('Acceptance criteria')),
      adf.bulletList(
        adf.listItem(adf.paragraph(adf.text('The last used card is preselected'))),
        adf.listItem(adf.paragraph(adf.text('A removed card is not offered'))),
      ),
    );
    const site = fakeSite({ records: panelRecords(), issue: issue({ key: ITEM.key, fields: { project: PROJECT, description } }) });
    expect(dataOf(await site.call('getPanel', 'dana', { payload: { withAcceptanceCriteria: true } })).acceptanceCriteria).toEqual([
      'The last used card is preselected',
      'A removed card is not offered',
    ]);
    // The description is read in the same Get issue as the gates' fields.
    expect(site.asApp.requests.filter((r) => r.path === `/rest/api/3/issue/${ITEM.id}`)).toHaveLength(1);
    expect(String(site.asApp.requests[0]?.query?.['fields'])).toContain('description');
    // Not asked, or not allowed to edit: none.
    expect(dataOf(await site.call('getPanel', 'dana')).acceptanceCriteria).toBeUndefined();
    expect(dataOf(await site.call('getPanel', 'vic', { payload: { withAcceptanceCriteria: true } })).acceptanceCriteria).toBeUndefined();
  });

  it('needs no membership look-up when no applicable gate names a group or role', async () => {
    const gates = [{ id: 'plain', name: 'Plain', criteria: [{ id: 'support', kind: 'manual' as const, waivableBy: { accountIds: [CAST.lee.accountId] } }] }];
    const site = fakeSite({ gates, records: records() });
    const data = dataOf(await site.call('getPanel', 'lee'));
    expect(site.asApp.requests.map((r) => r.path)).toEqual([`/rest/api/3/issue/${ITEM.id}`]);
    expect(criterionOf(data, 'plain', 'support')).toMatchObject({ canWaive: true, canTick: true });
    expect(data.rights.canVerify).toBe(true); // no qaVerifiers: Edit Issues is enough
  });

  it("uses the site's gate set when the project has none, and the built-in Ready for QA and Definition of Done when neither has", async () => {
    const site = fakeSite({ gates: null, records: records() });
    expect(dataOf(await site.call('getPanel', 'dana')).gates.map((g) => [g.id, g.source])).toEqual([
      ['ready-for-qa', 'built-in'],
      ['definition-of-done', 'built-in'],
    ]);
    await site.store.set(SITE_GATES_KEY, { format: 'shipshape.gates/v1', gates: [testGates()[1]] });
    expect(dataOf(await site.call('getPanel', 'dana')).gates.map((g) => [g.id, g.source])).toEqual([['release', 'site']]);
  });

  it("works without the panel's context: the item named by id, its project learnt from Jira (a second Get issue for the gates' fields)", async () => {
    const site = fakeSite({ records: panelRecords() });
    const data = dataOf(await site.call('getPanel', 'dana', { payload: { issueId: ITEM.id }, context: {} }));
    expect(data.gates.map((g) => g.id)).toEqual(['ready-for-qa', 'release']);
    expect(site.asApp.requests.filter((r) => r.path.startsWith('/rest/api/3/issue/')).map((r) => r.query?.['fields'])).toEqual([
      'issuetype,summary,status,project,issuelinks',
      'issuetype,description,summary,status,project,issuelinks',
    ]);
  });

  it("answers GATES_INVALID when the project's stored gate set is broken", async () => {
    const site = fakeSite({ records: panelRecords() });
    await site.store.set(projectGatesKey('10000'), { format: 'shipshape.gates/v1', gates: [{ id: 'Bad Id', name: 'x', criteria: [] }] });
    const result = await site.call('getPanel', 'dana');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'GATES_INVALID', message: expect.stringContaining('The gates Shipshape keeps for project ABC are damaged') },
    });
  });

  it('lists the latest ten audit entries, newest first, and still renders when the audit trail is unreadable', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      at: AT,
      accountId: CAST.dana.accountId,
      action: 'tick',
      target: 'release/support-briefed',
      before: 'not ticked',
      after: 'ticked',
      revision: i + 1,
    }));
    const site = fakeSite({ records: panelRecords() });
    await site.store.set(auditKey(ITEM.id), { format: 'shipshape.audit/v1', entries });
    expect(dataOf(await site.call('getPanel', 'vic')).activity.map((e) => e.revision)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    await site.store.set(auditKey(ITEM.id), { format: 'something else' });
    expect(dataOf(await site.call('getPanel', 'vic')).activity).toEqual([]);
  });

  it('lists a bad issue id by path', async () => {
    const result = await fakeSite().call('getPanel', 'dana', { payload: { issueId: 'ABC-123' }, context: {} });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'issueId', message: 'must be a work item id such as "10042"' }] },
    });
  });
});

describe('getPanel: what the person can do next', () => {
  it('names the transitions the person may take now with the gates guarding each, and keeps the rule list for ten minutes', async () => {
    const site = fakeSite({ records: records() });
    const panelLoad = { payload: { withNext: true } };
    const data = dataOf(await site.call('getPanel', 'lee', panelLoad));
    expect(data.next).toEqual([
      { id: '21', name: 'Ready for QA', to: 'Ready for QA', gateIds: ['ready-for-qa'] },
      { id: '11', name: 'Back to To Do', to: 'To Do', gateIds: [] },
    ]);
    await site.call('getPanel', 'lee', panelLoad);
    expect(site.asApp.requests.filter((r) => r.path === '/rest/api/3/workflow/rule/config')).toHaveLength(1);
    site.clock.advance(GATE_TRANSITIONS_MAX_AGE_MS + 1);
    await site.call('getPanel', 'lee', panelLoad);
    expect(site.asApp.requests.filter((r) => r.path === '/rest/api/3/workflow/rule/config')).toHaveLength(2);
  });

  it('reads no transitions for a load that does not ask (the issue context shows none)', async () => {
    const site = fakeSite({ records: records() });
    expect(dataOf(await site.call('getPanel', 'lee')).next).toBeUndefined();
    expect(site.userRequests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
    expect(site.asApp.requests.filter((r) => r.path === '/rest/api/3/workflow/rule/config')).toEqual([]);
  });

  it('still loads, without `next`, when Jira cannot list the transitions; a write answers without it', async () => {
    const site = fakeSite({ records: records() });
    site.queue(`/rest/api/3/issue/${ITEM.id}/transitions`, ...[1, 2, 3].map(() => jiraResponse(500, { errorMessages: ['Internal server error'] })));
    const data = dataOf(await site.call('getPanel', 'lee', { payload: { withNext: true } }));
    expect(data.next).toBeUndefined();
    expect(data.gates.length).toBeGreaterThan(0);
    const written = dataOf(await site.call('saveHandoff', 'lee', { payload: { revision: data.revision, handoff: { summary: 'Now.' } } }));
    expect(written.next).toBeUndefined();
  });
});

describe("getPanel in the caller's language", () => {
  const german = async () => (await import('../../src/adapters/bundled-words')).bundledWords;

  it('writes the checks in the locale the screen sends beside the payload, and still checks the payload strictly', async () => {
    const site = fakeSite({ records: panelRecords() });
    const panel = dataOf(await site.callWith({ words: await german() }, 'getPanel', 'dana', { payload: { locale: 'de-DE' } }));
    expect(criterionOf(panel, 'release', 'support-briefed').reason).toMatch(/^Abgehakt von /);
    expect(criterionOf(panel, 'release', 'verified').label).toBe('Erwartete Verhaltensweisen von QA geprüft');
    const refused = await site.callWith({ words: await german() }, 'getPanel', 'dana', { payload: { locale: 'de-DE', surprise: true } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('answers in English without a locale, or without translations to hand', async () => {
    const site = fakeSite({ records: panelRecords() });
    const withoutLocale = dataOf(await site.callWith({ words: await german() }, 'getPanel', 'dana'));
    expect(criterionOf(withoutLocale, 'release', 'support-briefed').reason).toMatch(/^Ticked by /);
    const withoutWords = dataOf(await site.call('getPanel', 'dana', { payload: { locale: 'de-DE' } }));
    expect(criterionOf(withoutWords, 'release', 'support-briefed').reason).toMatch(/^Ticked by /);
  });
});
