import { behaviour, issue, adf, records, SITE } from '../support/builders';
import { historyKey } from '../../src/records/verification-history';
import { CAST, dataOf, fakeSite, ITEM, PROJECT, testGates } from './support/fake-site';

const start = () => records({ revision: 3, handoff: { expectedBehaviours: [behaviour('b1', 'Saved cards are offered'), behaviour('b2', 'Cards expire')] } });
const screenshot = {
  self: `${SITE}/rest/api/3/attachment/10500`,
  id: '10500',
  filename: 'checkout-staging.png',
  author: { accountId: CAST.quinn.accountId, displayName: 'Quinn' },
  created: '2026-12-01T10:00:00.000+0000',
  size: 48213,
  mimeType: 'image/png',
  content: `${SITE}/rest/api/3/attachment/content/10500`,
};
const withAttachment = () =>
  issue({ key: ITEM.key, fields: { project: PROJECT, description: adf.doc(adf.paragraph(adf.text('x'))), attachment: [screenshot] } });
const verify = (status: string, extra: Record<string, unknown> = {}, revision = 3, behaviourId = 'b1') => ({
  payload: { revision, behaviourId, status, ...extra },
});
const gatesWithEnvironments = () => testGates().map((g, i) => (i === 0 ? { ...g, environments: ['Staging', 'Production'] } : g));

describe('verifyBehaviour with evidence and environment', () => {
  it('records where QA verified and the file Jira holds (its name, size and type from Jira), and the audit names them', async () => {
    const site = fakeSite({ records: start(), issue: withAttachment() });
    const evidence = [{ attachmentId: '10500' }, { url: 'https://ci.example.com/run/7', title: 'Run 7' }];
    const data = dataOf(await site.call('verifyBehaviour', 'quinn', verify('passed', { environment: 'Staging', evidence })));
    expect(data.handoff.expectedBehaviours[0]?.verification).toMatchObject({
      status: 'passed',
      environment: 'Staging',
      evidence: [
        { kind: 'attachment', id: '10500', filename: 'checkout-staging.png', size: 48213, mimeType: 'image/png' },
        { kind: 'link', url: 'https://ci.example.com/run/7', title: 'Run 7' },
      ],
    });
    expect(data.activity[0]).toMatchObject({ after: 'passed on Staging with checkout-staging.png, https://ci.example.com/run/7' });
    // The one Get issue asked for the attachments, as the app; nothing else was read for them.
    const gets = site.asApp.requests.filter((r) => r.path === `/rest/api/3/issue/${ITEM.id}`);
    expect(gets).toHaveLength(1);
    expect(String(gets[0]?.query?.['fields'])).toContain('attachment');
  });

  it('reads no attachments when the evidence names none', async () => {
    const site = fakeSite({ records: start() });
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('failed', { environment: 'Laptop', evidence: [{ url: 'https://logs.example.com/x' }] })));
    const get = site.asApp.requests.find((r) => r.path === `/rest/api/3/issue/${ITEM.id}`);
    expect(String(get?.query?.['fields'])).not.toContain('attachment');
  });

  it('refuses a file that is not attached to this item, and saves nothing', async () => {
    const site = fakeSite({ records: start(), issue: withAttachment() });
    const answer = await site.call('verifyBehaviour', 'quinn', verify('passed', { evidence: [{ attachmentId: '10999' }] }));
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'evidence[0].attachmentId', message: 'names file 10999, which is not attached to this work item' }] },
    });
    expect((await site.records())?.verifications).toBeUndefined();
    expect(await site.store.get(historyKey(ITEM.id))).toBeUndefined();
  });

  it('refuses links that are not web addresses, too much evidence and an over-long environment', async () => {
    const site = fakeSite({ records: start() });
    const bad = await site.call('verifyBehaviour', 'quinn', verify('passed', { evidence: [{ url: 'javascript:alert(1)' }] }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', problems: [{ path: 'evidence[0].url' }] } });
    const many = await site.call(
      'verifyBehaviour',
      'quinn',
      verify('passed', { evidence: Array.from({ length: 11 }, (_, i) => ({ url: `https://x.example/${i}` })) }),
    );
    expect(many).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', problems: [{ path: 'evidence' }] } });
    const long = await site.call('verifyBehaviour', 'quinn', verify('passed', { environment: 'e'.repeat(101) }));
    expect(long).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', problems: [{ path: 'environment' }] } });
  });

  it('keeps every result in the behaviour’s history, newest first, which getPanel sends when asked', async () => {
    const site = fakeSite({ records: start() });
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('failed', { note: 'Not offered', environment: 'Staging' })));
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('passed', { environment: 'Staging' }, 4, 'b2')));
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('untested', {}, 5)));
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('passed', { environment: 'Production' }, 6)));
    const plain = dataOf(await site.call('getPanel', 'quinn'));
    expect(plain.history).toBeUndefined();
    const data = dataOf(await site.call('getPanel', 'quinn', { payload: { historyOf: 'b1' } }));
    expect(data.history).toMatchObject({
      behaviourId: 'b1',
      incomplete: false,
      results: [
        { status: 'passed', environment: 'Production', accountId: CAST.quinn.accountId },
        { status: 'failed', environment: 'Staging', note: 'Not offered' },
      ],
    });
    expect(data.history?.results[0]).not.toHaveProperty('groups');
    expect(data.people[CAST.quinn.accountId]).toBeDefined();
  });

  it('still records a result when the stored history is damaged, and leaves that value as it was', async () => {
    const site = fakeSite({ records: start() });
    await site.store.set(historyKey(ITEM.id), { format: 'something-else' });
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('passed')));
    expect(await site.store.get(historyKey(ITEM.id))).toEqual({ format: 'something-else' });
    expect(await site.call('getPanel', 'quinn', { payload: { historyOf: 'b1' } })).toMatchObject({ ok: false, error: { code: 'RECORDS_INVALID' } });
  });

  it('offers the environments the item’s gates name', async () => {
    const data = dataOf(await fakeSite({ records: start(), gates: gatesWithEnvironments() }).call('getPanel', 'quinn'));
    expect(data.environments).toEqual(['Staging', 'Production']);
    expect(dataOf(await fakeSite({ records: start() }).call('getPanel', 'quinn')).environments).toBeUndefined();
  });
});

describe('a behaviour’s history', () => {
  it('leads with the current result when it was recorded before the app kept histories', async () => {
    const at = '2026-11-16T11:20:00.000Z';
    const site = fakeSite({
      records: { ...start(), verifications: { b2: { status: 'passed', accountId: CAST.quinn.accountId, at, text: 'Cards expire', groups: ['qa'] } } },
    });
    const data = dataOf(await site.call('getPanel', 'quinn', { payload: { historyOf: 'b2' } }));
    expect(data.history).toEqual({
      behaviourId: 'b2',
      incomplete: false,
      results: [{ status: 'passed', accountId: CAST.quinn.accountId, at, text: 'Cards expire' }],
    });
  });
});
