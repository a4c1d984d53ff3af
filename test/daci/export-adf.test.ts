import { validateAdf } from '../support/adf-schema';
import { exportAdf, exportProblemAdf, EXPORT_COLUMNS, type AdfNode } from '../../src/domain/daci/export-adf';
import { aDecision, aTable } from '../../src/domain/daci/daci-fixtures.test-support';
import { emptySignOffs, withSignOff } from '../../src/domain/daci/sign-off';
import { decisionFingerprint } from '../../src/domain/daci/fingerprint';

const expectValidAdf = (doc: unknown) => expect(validateAdf(doc)).toEqual([]);

const texts = (node: AdfNode): string[] => [...(node.text !== undefined ? [node.text] : []), ...(node.content ?? []).flatMap(texts)];
const names = { 'acc-priya': 'Priya PM', 'acc-alex': 'Alex Admin', 'acc-emma': 'Emma Engineer', 'acc-quinn': 'Quinn QA' };

describe('exportAdf', () => {
  it('validates against the ADF schema, with statuses, names and sign-offs as text', () => {
    const decided = aDecision({ id: 'wallets', title: 'Apple Pay now?', status: 'decided', outcome: 'Later', due: undefined, jiraKeys: [] });
    const signOffs = withSignOff(
      emptySignOffs(),
      'storage',
      {
        outcome: 'approved',
        accountId: 'acc-alex',
        at: '2026-11-20T09:00:00.000Z',
        pageVersion: 4,
        comment: '',
        fingerprint: decisionFingerprint(aDecision()),
      },
      new Set(['storage']),
      Infinity,
    )!;
    const doc = exportAdf({ table: aTable([aDecision(), decided]), signOffs, names, today: '2026-12-02' });
    expectValidAdf(doc);
    const all = texts(doc);
    expect(all).toEqual(
      expect.arrayContaining([
        ...EXPORT_COLUMNS,
        'Saved cards decisions',
        'In progress',
        'Decided',
        'High',
        'Priya PM',
        'Alex Admin',
        'Emma Engineer',
        'Quinn QA',
        '2026-12-01 (overdue)',
        'Work items: ABC-2',
        'Approved by Alex Admin on 2026-11-20 (page version 4)',
        'Awaiting sign-off',
      ]),
    );
  });

  it('marks a sign-off stale after the decision changed, and names unknown people safely', () => {
    const signOffs = withSignOff(
      emptySignOffs(),
      'storage',
      {
        outcome: 'approved',
        accountId: 'acc-gone',
        at: '2026-11-20T09:00:00.000Z',
        pageVersion: 4,
        comment: '',
        fingerprint: 'ffffffffffffffff',
      },
      new Set(['storage']),
      Infinity,
    )!;
    const all = texts(exportAdf({ table: aTable(), signOffs, names: {}, today: '2026-11-01' }));
    expect(all).toContain('Stale: changed since approval by Unknown person on 2026-11-20 (page version 4)');
  });

  it('keeps HTML and script inert: only ever text nodes', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const doc = exportAdf({
      table: { ...aTable([aDecision({ title: evil, outcome: evil })]), title: evil },
      signOffs: emptySignOffs(),
      names: { 'acc-priya': evil },
      today: '2026-11-01',
    });
    expectValidAdf(doc);
    expect(texts(doc).filter((t) => t === evil)).toHaveLength(4);
    expect(JSON.stringify(doc)).not.toMatch(/"type":"(extension|inlineExtension|html)"/);
  });

  it('exports an empty table and a problem as valid ADF', () => {
    expectValidAdf(exportAdf({ table: aTable([]), signOffs: emptySignOffs(), names: {}, today: '2026-11-01' }));
    expectValidAdf(exportProblemAdf('The decision table cannot be read: title: the table needs a title'));
  });

  it('a 200-decision table is valid ADF', () => {
    const decisions = Array.from({ length: 200 }, (_, i) => aDecision({ id: `d${i}` }));
    expectValidAdf(exportAdf({ table: aTable(decisions), signOffs: emptySignOffs(), names, today: '2026-11-01' }));
  });

  it('the schema validator really rejects bad ADF', () => {
    expect(validateAdf({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).not.toEqual([]);
    expect(validateAdf({ type: 'doc', version: 1, content: [{ type: 'table', content: [{ type: 'paragraph' }] }] })).not.toEqual([]);
  });
});
