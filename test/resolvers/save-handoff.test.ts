import { parseRecords } from '../../src/domain/records/parse-records';
import { behaviour, records, verification } from '../support/builders';
import { criterionOf, dataOf, fakeSite } from './support/fake-site';

const start = () =>
  records({
    revision: 2,
    handoff: {
      summary: 'Checkout remembers the last used card.',
      expectedBehaviours: [behaviour('b1', 'Returning customer sees their last card preselected'), behaviour('b2', 'A removed card is no longer offered')],
      riskAreas: [{ id: 'r1', text: 'Guest checkout shares the payment step', severity: 'high' }],
    },
    verifications: { b1: verification('Returning customer sees their last card preselected'), b2: verification('A removed card is no longer offered') },
  });
const save = (handoff: Record<string, unknown>, revision = 2) => ({ payload: { revision, handoff } });
/** A save whose editor was shown what it sets aside of QA's results and the gates, and saves anyway. */
const accepting = (handoff: Record<string, unknown>, revision = 2) => ({ payload: { revision, handoff, acceptConsequences: true } });

describe('saveHandoff', () => {
  it('replaces the sections sent, keeps the others, and gives new behaviours and risk areas the next free ids', async () => {
    const site = fakeSite({ records: start() });
    const data = dataOf(
      await site.call(
        'saveHandoff',
        'dana',
        accepting({
          expectedBehaviours: [{ id: 'b1', text: 'Returning customer sees their last card preselected' }, { text: 'Expired cards cannot be chosen' }],
          riskAreas: [
            { id: 'r1', text: 'Guest checkout shares the payment step', severity: 'medium' },
            { text: 'Card tokens from the v4 SDK', severity: 'low' },
          ],
          testData: 'qa-returning@example.com, card 4242 4242 4242 4242',
          releaseNotes: 'Checkout preselects the card you used last time.',
        }),
      ),
    );
    const stored = await site.records();
    expect(stored?.handoff).toEqual({
      summary: 'Checkout remembers the last used card.',
      expectedBehaviours: [
        { id: 'b1', text: 'Returning customer sees their last card preselected' },
        { id: 'b3', text: 'Expired cards cannot be chosen' },
      ],
      riskAreas: [
        { id: 'r1', text: 'Guest checkout shares the payment step', severity: 'medium' },
        { id: 'r2', text: 'Card tokens from the v4 SDK', severity: 'low' },
      ],
      testData: 'qa-returning@example.com, card 4242 4242 4242 4242',
      releaseNotes: 'Checkout preselects the card you used last time.',
    });
    // b2 was removed: its verification goes with it (and b2 is not reused for the new behaviour).
    expect(Object.keys(stored?.verifications ?? {})).toEqual(['b1']);
    expect(data.handoff.expectedBehaviours.map((b) => [b.id, b.state])).toEqual([
      ['b1', 'passed'],
      ['b3', 'untested'],
    ]);
    expect(criterionOf(data, 'ready-for-qa', 'handoff')).toMatchObject({ status: 'passed' });
    expect(data.activity[0]).toMatchObject({
      action: 'save-handoff',
      target: 'handoff',
      before: 'summary 38 chars, 2 behaviours, 1 risk areas, test data 0 chars, release notes 0 chars',
      after: 'summary 38 chars, 2 behaviours, 2 risk areas, test data 50 chars, release notes 48 chars; reopened: b2 (passed, removed)',
    });
    expect(parseRecords(stored).ok).toBe(true);
  });

  it('makes an edited behaviour need a new verification', async () => {
    const site = fakeSite({ records: start() });
    const data = dataOf(
      await site.call(
        'saveHandoff',
        'dana',
        accepting({
          expectedBehaviours: [
            { id: 'b1', text: 'Returning customer sees their last two cards' },
            { id: 'b2', text: 'A removed card is no longer offered' },
          ],
        }),
      ),
    );
    expect(data.handoff.expectedBehaviours.map((b) => b.state)).toEqual(['changed', 'passed']);
  });

  it('writes nothing when nothing changes', async () => {
    const site = fakeSite({ records: start() });
    const data = dataOf(await site.call('saveHandoff', 'dana', save({ summary: 'Checkout remembers the last used card.' })));
    expect(data.revision).toBe(2);
    expect(await site.audit()).toBeUndefined();
  });

  it('asks before saving text that looks like a password, names where it is (masked), and records a save anyway', async () => {
    const site = fakeSite({ records: start() });
    const handoff = {
      testData: 'Test user qa-returning@example.com, password: Hunter2!x',
      expectedBehaviours: [
        { id: 'b1', text: 'Returning customer sees their last card preselected' },
        { id: 'b2', text: 'A removed card is no longer offered' },
        { text: 'Staging API answers with token=ghp_abcdefghijklmnopqrstuvwxyz0123456789AB' },
      ],
    };
    const asked = await site.call('saveHandoff', 'dana', save(handoff));
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'NEEDS_CONFIRMATION',
        message: expect.stringContaining('2 pieces of text look like passwords, tokens or keys'),
        problems: [
          { path: 'handoff.expectedBehaviours[2].text', message: expect.stringContaining('gh••••••') },
          { path: 'handoff.testData', message: 'looks like a password (password: Hu••••••)' },
        ],
      },
    });
    expect(JSON.stringify(asked)).not.toContain('Hunter2');
    expect((await site.records())?.handoff?.testData).toBeUndefined();
    expect(await site.audit()).toBeUndefined();
    // Saved anyway: the person's choice, in the activity.
    const data = dataOf(await site.call('saveHandoff', 'dana', { payload: { ...save(handoff).payload, keepSecretLikeText: true } }));
    expect((await site.records())?.handoff?.testData).toBe(handoff.testData);
    expect(data.activity[0]?.after).toContain('kept anyway: expectedBehaviours[2].text (token), testData (password)');
    // Saved once, it is not asked about again on the next save.
    dataOf(await site.call('saveHandoff', 'dana', save({ ...handoff, releaseNotes: 'Cards are remembered.' }, data.revision)));
    // A reference to a vault entry is not a secret.
    dataOf(await site.call('saveHandoff', 'dana', save({ summary: 'Log in with password: op://QA/checkout-test-user' }, data.revision + 1)));
  });

  it('asks before setting aside QA results or a gate the item passes, says which, and saves when told to', async () => {
    const site = fakeSite({ records: start() });
    const edited = {
      expectedBehaviours: [
        { id: 'b1', text: 'Returning customer sees their last two cards' },
        { id: 'b2', text: 'A removed card is no longer offered' },
      ],
    };
    const asked = await site.call('saveHandoff', 'dana', save(edited));
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'NEEDS_CONFIRMATION',
        message: expect.stringContaining('changes what QA and the gates have already accepted'),
        problems: [{ path: 'handoff.expectedBehaviours[0].text', message: 'was passed by QA: the new wording needs a new verification' }],
      },
    });
    expect(await site.records()).toEqual(start());
    const data = dataOf(await site.call('saveHandoff', 'dana', accepting(edited)));
    expect(data.handoff.expectedBehaviours.map((b) => b.state)).toEqual(['changed', 'passed']);
    expect(data.activity[0]?.after).toMatch(/; reopened: b1 \(passed, edited\)$/);
    // Removing a verified behaviour is asked about too; a new wording of an untested one is not.
    expect(await site.call('saveHandoff', 'dana', save({ expectedBehaviours: [edited.expectedBehaviours[0]] }, data.revision))).toMatchObject({
      error: {
        code: 'NEEDS_CONFIRMATION',
        problems: [{ path: 'handoff.expectedBehaviours', message: 'behaviour 2 was passed by QA: removing it drops that result' }],
      },
    });
    dataOf(
      await site.call(
        'saveHandoff',
        'dana',
        save({ expectedBehaviours: [edited.expectedBehaviours[0], edited.expectedBehaviours[1], { text: 'New' }] }, data.revision),
      ),
    );

    // An item that passes its Definition of Done: the gate it would stop passing is named.
    const gates = [
      {
        id: 'definition-of-done',
        name: 'Definition of Done',
        criteria: [{ id: 'behaviours', kind: 'behaviours-verified' as const, label: 'Behaviours verified' }],
      },
    ];
    const done = fakeSite({ gates, records: start() });
    expect(await done.call('saveHandoff', 'dana', save(edited))).toMatchObject({
      error: {
        code: 'NEEDS_CONFIRMATION',
        problems: [
          { path: 'handoff.expectedBehaviours[0].text' },
          { path: 'handoff', message: 'Definition of Done passes now and would fail after this save (Behaviours verified)' },
        ],
      },
    });
  });

  it('lists every bad part of the payload by path', async () => {
    const result = await fakeSite({ records: start() }).call(
      'saveHandoff',
      'dana',
      save({
        summary: 42,
        expectedBehaviours: [
          { id: 'b1', text: 'One' },
          { id: 'b1', text: 'Two' },
          { id: 'b 3', text: 'Three' },
        ],
        riskAreas: [{ text: 'Timeouts', severity: 'critical' }],
        notes: 'x',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'handoff.notes', message: 'is not a known field' }),
        expect.objectContaining({ path: 'handoff.summary', message: 'must be text' }),
        expect.objectContaining({ path: 'handoff.expectedBehaviours[1].id', message: 'the id "b1" is used twice' }),
        expect.objectContaining({ path: 'handoff.expectedBehaviours[2].id', message: 'must be an id: 1–64 characters A–Z, a–z, 0–9 or "-"' }),
        expect.objectContaining({ path: 'handoff.riskAreas[0].severity', message: 'must be one of "high", "medium", "low"' }),
      ]),
    );
    expect(result.error.problems).toHaveLength(5);
  });

  it('names each field over its limit (TOO_LARGE) and writes nothing', async () => {
    const site = fakeSite({ records: start() });
    const result = await site.call(
      'saveHandoff',
      'dana',
      save({
        releaseNotes: 'x'.repeat(10240),
        expectedBehaviours: [{ id: 'b1', text: 'ok' }, { text: 'y'.repeat(2001) }],
        riskAreas: Array.from({ length: 101 }, () => ({ text: 'risk', severity: 'low' })),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message:
          'Expected behaviour 2 is 2,001 characters; the limit is 2,000. Known risk areas has 101 entries; the limit is 100. Release notes draft is 10,240 characters; the limit is 10,000.',
        problems: [
          { path: 'handoff.expectedBehaviours[1].text', message: 'is 2,001 characters; the limit is 2,000' },
          { path: 'handoff.riskAreas', message: 'has 101 entries; the limit is 100' },
          { path: 'handoff.releaseNotes', message: 'is 10,240 characters; the limit is 10,000' },
        ],
      },
    });
    expect(await site.records()).toEqual(start());
  });

  it('refuses a package that fits every field limit but not the record limit (TOO_LARGE, its own message)', async () => {
    const site = fakeSite({ records: start() });
    // 110 behaviours of 2,000 characters: each within its limit, together 215 KB.
    const behaviours = Array.from({ length: 110 }, (_, i) => ({ text: `${i} ${'z'.repeat(1990)}` }));
    const result = await site.call('saveHandoff', 'dana', save({ expectedBehaviours: behaviours }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', message: expect.stringMatching(/^This work item's Shipshape records would be 2\d\d KB; the limit is 200 KB\./) },
    });
    expect(await site.records()).toEqual(start());
  });

  it('needs Edit Issues: Victor the viewer is refused before the item is loaded', async () => {
    const site = fakeSite({ records: start() });
    const result = await site.call('saveHandoff', 'vic', save({ summary: 'Mine now' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You need the Edit Issues permission on this work item to edit its QA handoff package.' },
    });
    expect(site.asApp.requests).toEqual([]);
  });
});
