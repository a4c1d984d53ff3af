/**
 * What holds for every resolver: a happy path that writes one revision and one audit entry,
 * stale revisions refused, Jira 429 retried, Jira 5xx failing closed, corrupted records never
 * overwritten, the caller only from the Forge context, permission checked before anything else.
 */
import { parseRecords } from '../../src/domain/records/parse-records';
import { englishSay } from '../../src/domain/words/english';
import { approval, records, fullHandoff, waiver, AT } from '../support/builders';
import { jiraResponse } from '../support/fakes';
import { issueResolvers } from '../../src/resolvers/issue-resolvers';
import { CAST, ITEM, RETRY, dataOf, fakeSite, type Who } from './support/fake-site';

const CONFLICT_MESSAGE = englishSay('errors.conflict');
const BASE = 4;
const base = (gates: object = {}) => records({ handoff: fullHandoff(), revision: BASE, gates });
const withPriyaApproval = () => base({ release: { approvals: { 'product-approval': [{ ...approval('priya', { groups: ['release-managers'] }) }] } } });
const withLeeWaiver = () =>
  base({
    'ready-for-qa': {
      waivers: { 'build-deployed': { ...waiver('lee', 'Config-only change', { projectRoles: ['Administrators'] }), accountId: CAST.lee.accountId } },
    },
  });

interface Case {
  who: Who;
  action?: string;
  records: () => object;
  payload: (revision: number) => Record<string, unknown>;
}

const WRITES: Record<string, Case> = {
  saveHandoff: {
    who: 'dana',
    action: 'save-handoff',
    records: base,
    payload: (revision) => ({ revision, handoff: { summary: 'Checkout remembers the last card.' } }),
  },
  setTick: {
    who: 'dana',
    action: 'tick',
    records: base,
    payload: (revision) => ({ revision, gateId: 'release', criterionId: 'support-briefed', ticked: true }),
  },
  verifyBehaviour: { who: 'quinn', action: 'verify', records: base, payload: (revision) => ({ revision, behaviourId: 'b1', status: 'passed' }) },
  approve: {
    who: 'priya',
    action: 'approve',
    records: base,
    payload: (revision) => ({ revision, gateId: 'release', criterionId: 'product-approval', comment: 'Ship it' }),
  },
  revokeApproval: {
    who: 'priya',
    action: 'revoke-approval',
    records: withPriyaApproval,
    payload: (revision) => ({ revision, gateId: 'release', criterionId: 'product-approval' }),
  },
  waive: {
    who: 'lee',
    action: 'waive',
    records: base,
    payload: (revision) => ({ revision, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'Config-only change, nothing to deploy' }),
  },
  revokeWaiver: {
    who: 'lee',
    action: 'revoke-waiver',
    records: withLeeWaiver,
    payload: (revision) => ({ revision, gateId: 'ready-for-qa', criterionId: 'build-deployed' }),
  },
};
const ALL: Record<string, Case> = { getPanel: { who: 'vic', records: base, payload: () => ({ withNext: true }) }, ...WRITES };
const writes = Object.entries(WRITES);
const all = Object.entries(ALL);

describe.each(all)('%s', (name, c) => {
  const setup = () => fakeSite({ records: c.records() });

  it('answers with the panel data', async () => {
    const site = setup();
    const data = dataOf(await site.call(name, c.who, { payload: c.payload(BASE) }));
    expect(data.issue).toMatchObject({ id: ITEM.id, key: ITEM.key, project: { key: 'ABC' } });
    expect(data.gates.map((g) => g.id)).toEqual(['ready-for-qa', 'release']);
  });

  it('answers Jira 429 by waiting as told, then carries on', async () => {
    const site = setup();
    site.queue('/rest/api/3/mypermissions', jiraResponse(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '2' }));
    expect((await site.call(name, c.who, { payload: c.payload(BASE) })).ok).toBe(true);
    expect(site.clock.sleeps).toEqual([2000]);
    const permissionChecks = ['/rest/api/3/mypermissions', '/rest/api/3/mypermissions'];
    // Only the panel's load also asks which transitions the person may take (a write's answer leaves them out).
    expect(site.userRequests.map((r) => r.path)).toEqual(name === 'getPanel' ? [...permissionChecks, '/rest/api/3/issue/10123/transitions'] : permissionChecks);
  });

  it('fails closed with JIRA_UNAVAILABLE when Jira keeps answering 500 on the permission look-up', async () => {
    const site = setup();
    const before = site.store.snapshot();
    site.queue('/rest/api/3/mypermissions', ...[1, 2, 3].map(() => jiraResponse(500, { errorMessages: ['Internal server error'] })));
    const result = await site.call(name, c.who, { payload: c.payload(BASE) });
    expect(result).toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('Jira is not answering right now') } });
    expect(site.userRequests).toHaveLength(3);
    expect(site.asApp.requests).toEqual([]);
    expect(site.store.snapshot()).toEqual(before);
  });

  it('refuses records that break the format (RECORDS_INVALID, by path) and leaves them as they are', async () => {
    const broken = {
      format: 'shipshape.records/v1',
      revision: BASE,
      verifications: { b1: { status: 'maybe', accountId: CAST.quinn.accountId, at: AT, text: 'x' } },
    };
    const site = fakeSite({ records: broken });
    const result = await site.call(name, c.who, { payload: c.payload(BASE) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('RECORDS_INVALID');
    expect(result.error.problems).toMatchObject([{ path: 'verifications.b1.status', message: 'must be one of "passed", "failed"' }]);
    expect(await site.records()).toEqual(broken);
    expect(await site.audit()).toBeUndefined();
  });

  it('takes the caller only from the runtime: without a principal it refuses before calling Jira, whatever the context says', async () => {
    const site = setup();
    const handler = issueResolvers({ jiraAsApp: site.asApp, jiraAsUser: site.asApp, store: site.store, clock: site.clock, retry: RETRY });
    const event = {
      call: { functionKey: name, payload: c.payload(BASE) },
      context: { accountId: CAST[c.who].accountId, extension: { issue: { id: ITEM.id, key: ITEM.key } } },
    };
    expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Sign in to Jira to use Shipshape on this work item.' } });
    expect(site.asApp.requests).toEqual([]);
  });

  it('refuses a person who cannot see the item with FORBIDDEN before loading it', async () => {
    const site = setup();
    const result = await site.call(name, 'olga', { payload: c.payload(BASE) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You cannot see this work item in Jira, so Shipshape cannot show or change its records.' },
    });
    expect(site.asApp.requests).toEqual([]);
  });

  it('answers NOT_FOUND for a work item Jira does not know', async () => {
    const site = setup();
    const result = await site.call(name, c.who, { payload: { ...c.payload(BASE), issueId: '99999' }, context: { extension: {} } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Work item 99999 was not found, or you cannot see it.' } });
  });

  it("lists unknown payload properties by path (BAD_INPUT) and refuses an item other than the panel's", async () => {
    const site = setup();
    const result = await site.call(name, c.who, { payload: { ...c.payload(BASE), colour: 'green' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', problems: [{ path: 'colour', message: 'is not a known field' }] } });
    const other = await site.call(name, c.who, { payload: { ...c.payload(BASE), issueId: '10124' } });
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'issueId', message: `must be this panel's work item ${ITEM.id}` }] },
    });
    expect(site.userRequests).toEqual([]);
  });
});

describe.each(writes)('%s (a write)', (name, c) => {
  const setup = () => fakeSite({ records: c.records() });

  it('writes the next revision, stamped with the caller, and appends one audit entry', async () => {
    const site = setup();
    const data = dataOf(await site.call(name, c.who, { payload: c.payload(BASE) }));
    const at = new Date(site.clock.now()).toISOString();
    expect(data).toMatchObject({ revision: BASE + 1, updatedAt: at, updatedBy: CAST[c.who].accountId });
    const stored = await site.records();
    expect(stored).toMatchObject({ revision: BASE + 1, updatedAt: at, updatedBy: CAST[c.who].accountId });
    expect(parseRecords(stored).ok).toBe(true);
    const entries = (await site.audit())?.entries ?? [];
    expect(entries).toEqual([expect.objectContaining({ at, accountId: CAST[c.who].accountId, action: c.action, revision: BASE + 1 })]);
    expect(data.activity).toEqual(entries);
  });

  it('refuses a stale revision with CONFLICT and overwrites nothing', async () => {
    const site = setup();
    const before = site.store.snapshot();
    const result = await site.call(name, c.who, { payload: c.payload(BASE - 1) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: CONFLICT_MESSAGE,
        problems: [{ path: 'revision', message: `this screen shows version ${BASE - 1}; version ${BASE} is saved now` }],
      },
    });
    expect(CONFLICT_MESSAGE).toMatch(/^Someone else saved changes to this work item's Shipshape records since you loaded them/);
    expect(site.store.snapshot()).toEqual(before);
  });

  it('refuses a write based on no revision at all (BAD_INPUT)', async () => {
    const site = setup();
    const { revision: _dropped, ...payload } = c.payload(BASE);
    expect(await site.call(name, c.who, { payload })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'revision', message: 'is required' }] },
    });
  });

  it('refuses Victor the viewer (browse only) with FORBIDDEN and writes nothing', async () => {
    const site = setup();
    const before = site.store.snapshot();
    const result = await site.call(name, 'vic', { payload: c.payload(BASE) });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(site.store.snapshot()).toEqual(before);
  });
});

describe.each(Object.entries(WRITES).filter(([name]) => !name.startsWith('revoke')))('%s near the size limit', (name, c) => {
  it('refuses a write that would take the records over 200 KB (TOO_LARGE) and writes nothing', async () => {
    const start = c.records() as Record<string, unknown>;
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;
    const padded = { ...start, attachmentsNote: '' };
    padded.attachmentsNote = 'x'.repeat(200 * 1024 - bytes(padded) - 10);
    const site = fakeSite({ records: padded });
    const result = await site.call(name, c.who, { payload: c.payload(BASE) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message:
          "This work item's Shipshape records would be 201 KB; the limit is 200 KB. Shorten the longest sections of the handoff package, then save again.",
        problems: [{ path: '(records)', message: expect.stringContaining('the limit is 200 KB') }],
      },
    });
    expect(await site.records()).toEqual(padded);
  });
});

describe('membership look-ups fail closed', () => {
  it.each<[string, Who, Record<string, unknown>]>([
    ['approve', 'priya', { revision: BASE, gateId: 'release', criterionId: 'product-approval' }],
    ['waive', 'lee', { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'Config-only change' }],
    ['verifyBehaviour', 'quinn', { revision: BASE, behaviourId: 'b1', status: 'passed' }],
  ])('%s: Jira answering 503 on the groups look-up grants nothing', async (name, who, payload) => {
    const site = fakeSite({ records: base() });
    const before = site.store.snapshot();
    site.queue('/rest/api/3/user/groups', ...[1, 2, 3].map(() => jiraResponse(503, 'Service Unavailable', { 'Retry-After': '1' })));
    const result = await site.call(name, who, { payload });
    expect(result).toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('confirm your groups and project roles') } });
    expect(site.store.snapshot()).toEqual(before);
  });

  it('a role look-up the app is refused (403) is JIRA_ERROR, never a grant', async () => {
    const site = fakeSite({ records: base() });
    site.queue('/rest/api/3/project/ABC/role/10002', jiraResponse(403, { errorMessages: ['You cannot view this role.'] }));
    const result = await site.call('waive', 'lee', { payload: { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'JIRA_ERROR' } });
  });
});
