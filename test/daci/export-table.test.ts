import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
import { fakeConfluenceSite, PEOPLE, LOCAL_ID, PAGE_ID } from './support/fake-confluence';
import { decision, table } from './support/decisions';
import { exportTable } from '../../src/daci/export-table';
import type { AdfNode } from '../../src/domain/daci/export-adf';

const texts = (node: AdfNode): string[] => [...(node.text !== undefined ? [node.text] : []), ...(node.content ?? []).flatMap(texts)];

describe('the adfExport function', () => {
  it('exports the table with names and sign-offs as text', async () => {
    const site = fakeConfluenceSite();
    const t = table(decision('a'));
    await site.call('signOff', 'alex', {
      payload: { decisionId: 'a', outcome: 'approved', fingerprint: decisionFingerprint(decision('a')), pageVersion: 5 },
      context: site.context('alex', t),
    });
    const context = site.context('alex', t);
    const doc = await exportTable(site.depsFor('alex'), { exportType: 'pdf', context: { localId: LOCAL_ID, extension: context.extension } });
    expect(texts(doc)).toEqual(expect.arrayContaining(['Decision a', 'Priya PM', 'Alex Admin', 'Approved by Alex Admin on 2026-11-28 (page version 5)']));
  });

  it("reads the table from the page by the placement's localId when the payload has no config (Forge's docs do not promise it)", async () => {
    const site = fakeConfluenceSite();
    site.saveOnPage(table(decision('a'), decision('b')));
    const { config: _config, ...extension } = site.context('alex', undefined).extension;
    const doc = await exportTable(site.depsFor('alex'), { exportType: 'pdf', context: { localId: LOCAL_ID, extension } });
    expect(texts(doc)).toEqual(expect.arrayContaining(['Decision a', 'Decision b', 'Priya PM']));
    expect(site.asApp.requests).toEqual(
      expect.arrayContaining([expect.objectContaining({ method: 'GET', path: `/wiki/api/v2/pages/${PAGE_ID}`, query: { 'body-format': 'atlas_doc_format' } })]),
    );
  });

  it('exports "no decisions" when the placement is not on the page, and with no page id reads nothing', async () => {
    const site = fakeConfluenceSite();
    const { config: _config, ...extension } = site.context('alex', undefined).extension;
    expect(texts(await exportTable(site.depsFor('alex'), { exportType: 'pdf', context: { localId: 'elsewhere', extension } }))).toEqual([
      'This decision table has no decisions yet.',
    ]);
    expect(texts(await exportTable(site.depsFor('alex'), { exportType: 'pdf', context: { localId: LOCAL_ID } }))).toEqual([
      'This decision table has no decisions yet.',
    ]);
  });

  it('without the placement id, says where the sign-offs are rather than showing none', async () => {
    const site = fakeConfluenceSite();
    const doc = await exportTable(site.depsFor('alex'), { exportType: 'pdf', context: { extension: site.context('alex', table(decision('a'))).extension } });
    expect(texts(doc)).toContain('See the page for sign-offs');
  });

  it('exports a readable message for a malformed or empty table', async () => {
    const site = fakeConfluenceSite();
    const bad = await exportTable(site.depsFor('alex'), {
      exportType: 'word',
      context: { extension: { content: { id: PAGE_ID }, config: { table: '{"format":1}' } } },
    });
    expect(texts(bad).join(' ')).toMatch(/cannot be read/);
    const empty = await exportTable(site.depsFor('alex'), { exportType: 'word', context: {} });
    expect(texts(empty)).toEqual(['This decision table has no decisions yet.']);
    expect(PEOPLE.alex.displayName).toBe('Alex Admin');
  });
});
