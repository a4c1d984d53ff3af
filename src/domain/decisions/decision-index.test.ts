import { aDecision, aTable } from '../daci/daci-fixtures.test-support';
import { decisionFingerprint } from '../daci/fingerprint';
import { emptySignOffs, SIGN_OFF_FORMAT, type SignOffsDoc } from '../daci/sign-off';
import { INDEX_LIMITS, itemEntrySchema, pageEntrySchema, type ItemEntry, type PageEntry } from './index-schema';
import { decisionsOfItem, withPageDecisions } from './item-entry';
import { pageEntryOf, removedPageEntry } from './page-entry';

const PAGE = { pageId: '131073', spaceId: '98306', title: 'Checkout: saved cards — spec', version: 4 };

function approved(decision: ReturnType<typeof aDecision>): SignOffsDoc {
  const answer = {
    outcome: 'approved' as const,
    accountId: decision.approver,
    at: '2026-11-02T10:00:00.000Z',
    pageVersion: 3,
    comment: '',
    fingerprint: decisionFingerprint(decision),
  };
  return { format: SIGN_OFF_FORMAT, decisions: { [decision.id]: [answer] } };
}

const tokens = aDecision({ id: 'tokens', status: 'decided', outcome: 'Vault', jiraKeys: ['ABC-7', 'ABC-10'] });
const copy = aDecision({ id: 'copy', title: 'Which copy?', status: 'in-progress', jiraKeys: ['ABC-7'] });

describe('the page entry', () => {
  it('keeps every decision of every table in page order with its sign-off standing and links', () => {
    const { entry, dropped } = pageEntryOf(PAGE, [
      { localId: 'table-a', table: aTable([tokens]), signOffs: approved(tokens) },
      { localId: 'table-b', table: aTable([copy]), signOffs: emptySignOffs() },
    ]);
    expect(dropped).toEqual({ decisions: 0, items: 0 });
    expect(pageEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.decisions.map((d) => [d.localId, d.id, d.status, d.signOff])).toEqual([
      ['table-a', 'tokens', 'decided', 'current'],
      ['table-b', 'copy', 'in-progress', 'none'],
    ]);
    expect(entry.itemKeys).toEqual(['ABC-7', 'ABC-10']);
  });

  it('calls an approval stale once the decision changed', () => {
    const reworded = { ...tokens, outcome: 'Our own vault' };
    const stale = pageEntryOf(PAGE, [{ localId: 't', table: aTable([reworded]), signOffs: approved(tokens) }]).entry;
    expect(stale.decisions[0]?.signOff).toBe('stale');
  });

  it('is bounded: decisions past five full tables and items past the cap are dropped and counted', () => {
    const many = Array.from({ length: 200 }, (_, i) => aDecision({ id: `d${i}`, jiraKeys: [`ABC-${i * 3 + 1}`, `ABC-${i * 3 + 2}`, `ABC-${i * 3 + 3}`] }));
    const tables = Array.from({ length: 6 }, (_, t) => ({ localId: `t${t}`, table: aTable(many), signOffs: emptySignOffs() }));
    const { entry, dropped } = pageEntryOf(PAGE, tables);
    expect(entry.decisions).toHaveLength(INDEX_LIMITS.decisionsPerPage);
    expect(entry.itemKeys).toHaveLength(INDEX_LIMITS.itemsPerPage);
    expect(dropped).toEqual({ decisions: 200, items: 100 });
    expect(entry.decisions.flatMap((d) => d.jiraKeys).every((k) => entry.itemKeys.includes(k))).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(entry)).byteLength).toBeLessThan(240 * 1024);
  });
});

describe('the item entry', () => {
  const page = (version: number, decisions = [tokens, copy]): PageEntry =>
    pageEntryOf({ ...PAGE, version }, [{ localId: 't', table: aTable(decisions), signOffs: emptySignOffs() }]).entry;
  const written = (update: ReturnType<typeof withPageDecisions>): ItemEntry => {
    if (update.change !== 'write') throw new Error(`expected a write, got ${update.change}`);
    return itemEntrySchema.parse(update.entry);
  };

  it("holds each page's decisions that link the item, with the page's title", () => {
    const entry = written(withPageDecisions(undefined, 'ABC-7', page(4)));
    expect(decisionsOfItem(entry).decisions.map((d) => [d.id, d.pageTitle])).toEqual([
      ['tokens', PAGE.title],
      ['copy', PAGE.title],
    ]);
    expect(decisionsOfItem(written(withPageDecisions(undefined, 'ABC-10', page(4)))).decisions.map((d) => d.id)).toEqual(['tokens']);
  });

  it('replaces what the page said before, ignores an older version and leaves other pages alone', () => {
    const first = written(withPageDecisions(undefined, 'ABC-7', page(4)));
    const other = written(withPageDecisions(first, 'ABC-7', { ...page(2), pageId: '200001', title: 'Other spec' }));
    const unlinked = written(withPageDecisions(other, 'ABC-7', page(5, [{ ...copy, jiraKeys: [] }, tokens])));
    expect(decisionsOfItem(unlinked).decisions.map((d) => `${d.pageId}/${d.id}`)).toEqual(['131073/tokens', '200001/tokens', '200001/copy']);
    expect(withPageDecisions(unlinked, 'ABC-7', page(4))).toEqual({ change: 'none' });
  });

  it('removes the entry once no page links the item, and says nothing changed for a page that never did', () => {
    const first = written(withPageDecisions(undefined, 'ABC-7', page(4)));
    expect(withPageDecisions(first, 'ABC-7', removedPageEntry({ ...PAGE, version: 4 }))).toEqual({ change: 'remove' });
    expect(withPageDecisions(undefined, 'ABC-99', page(4))).toEqual({ change: 'none' });
  });

  it('keeps at most the cap of decisions and counts the rest, so a gate fails closed', () => {
    const many = Array.from({ length: 130 }, (_, i) => aDecision({ id: `d${i}`, jiraKeys: ['ABC-7'] }));
    const entry = written(withPageDecisions(undefined, 'ABC-7', page(4, many)));
    expect(decisionsOfItem(entry)).toMatchObject({ omitted: 30 });
    expect(decisionsOfItem(entry).decisions).toHaveLength(INDEX_LIMITS.decisionsPerItem);
    expect(new TextEncoder().encode(JSON.stringify(entry)).byteLength).toBeLessThan(240 * 1024);
  });
});
