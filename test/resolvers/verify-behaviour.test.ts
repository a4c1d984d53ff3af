import { behaviour, records, verification } from '../support/builders';
import { CAST, criterionOf, dataOf, fakeSite, testGates } from './support/fake-site';

const TEXT = 'Returning customer sees their last card preselected';
const start = () =>
  records({
    revision: 3,
    handoff: { expectedBehaviours: [behaviour('b1', TEXT), behaviour('b2', 'A removed card is no longer offered'), behaviour('b3', '  ')] },
  });
const verify = (behaviourId: string, status: string, extra: Record<string, unknown> = {}, revision = 3) => ({
  payload: { revision, behaviourId, status, ...extra },
});

describe('verifyBehaviour', () => {
  it("records QA's result with the text QA saw, and who and when", async () => {
    const site = fakeSite({ records: start() });
    const data = dataOf(await site.call('verifyBehaviour', 'quinn', verify('b2', 'failed', { note: 'Still offered after a refresh' })));
    const at = new Date(site.clock.now()).toISOString();
    expect((await site.records())?.verifications).toEqual({
      b2: {
        status: 'failed',
        accountId: CAST.quinn.accountId,
        at,
        note: 'Still offered after a refresh',
        text: 'A removed card is no longer offered',
        groups: ['qa'],
        mayEdit: true,
      },
    });
    expect(data.handoff.expectedBehaviours.map((b) => b.state)).toEqual(['untested', 'failed', 'untested']);
    expect(data.activity[0]).toMatchObject({ action: 'verify', target: 'b2', before: 'untested', after: 'failed: Still offered after a refresh' });
  });

  it('lets every behaviour pass the behaviours-verified criterion once each is passed (blank behaviours do not count)', async () => {
    const site = fakeSite({ records: start() });
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('b1', 'passed')));
    const data = dataOf(await site.call('verifyBehaviour', 'quinn', verify('b2', 'passed', {}, 4)));
    expect(criterionOf(data, 'release', 'verified')).toMatchObject({ status: 'passed', reason: 'All 2 behaviours verified' });
  });

  it('re-verifies a behaviour whose text changed since, and "untested" removes the result', async () => {
    const site = fakeSite({ records: { ...start(), verifications: { b1: verification('Returning customer sees a card') } } });
    expect(dataOf(await site.call('getPanel', 'quinn')).handoff.expectedBehaviours[0]?.state).toBe('changed');
    const passed = dataOf(await site.call('verifyBehaviour', 'quinn', verify('b1', 'passed')));
    expect(passed.handoff.expectedBehaviours[0]).toMatchObject({ state: 'passed', verification: { text: TEXT } });
    expect(passed.activity[0]).toMatchObject({ before: 'passed (on older text)', after: 'passed' });
    const untested = dataOf(await site.call('verifyBehaviour', 'quinn', verify('b1', 'untested', {}, 4)));
    expect(untested.handoff.expectedBehaviours[0]?.state).toBe('untested');
    expect((await site.records())?.verifications).toBeUndefined();
  });

  it("needs the gate's qaVerifiers (group qa): Priya, who may edit, is refused", async () => {
    const site = fakeSite({ records: start() });
    expect(await site.call('verifyBehaviour', 'priya', verify('b1', 'passed'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only members of the qa group may verify expected behaviours on this work item (gate "Ready for QA").' },
    });
    expect(await site.records()).toEqual(start());
  });

  it('without qaVerifiers on any applicable gate, anyone with Edit Issues may verify, and a viewer may not', async () => {
    const gates = testGates().map(({ qaVerifiers: _dropped, ...gate }) => gate);
    const site = fakeSite({ gates, records: start() });
    expect(dataOf(await site.call('verifyBehaviour', 'priya', verify('b1', 'passed'))).revision).toBe(4);
    expect(await site.call('verifyBehaviour', 'vic', verify('b1', 'failed', {}, 4))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You need the Edit Issues permission on this work item to verify its expected behaviours.' },
    });
  });

  it('refuses an unknown or blank behaviour, and lists bad input by path', async () => {
    const site = fakeSite({ records: start() });
    expect(await site.call('verifyBehaviour', 'quinn', verify('b9', 'passed'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', problems: [{ path: 'behaviourId', message: 'was not found' }] },
    });
    expect(await site.call('verifyBehaviour', 'quinn', verify('b3', 'passed'))).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'behaviourId', message: 'must not be empty' }] },
    });
    expect(await site.call('verifyBehaviour', 'quinn', verify('b1', 'ok', { note: 7 }))).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        problems: [
          { path: 'status', message: 'must be one of "passed", "failed", "untested"' },
          { path: 'note', message: 'must be text' },
        ],
      },
    });
  });

  it('limits the note (TOO_LARGE)', async () => {
    expect(await fakeSite({ records: start() }).call('verifyBehaviour', 'quinn', verify('b1', 'failed', { note: 'n'.repeat(2500) }))).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message: 'Note is 2,500 characters; the limit is 2,000.',
        problems: [{ path: 'note', message: 'is 2,500 characters; the limit is 2,000' }],
      },
    });
  });
});
