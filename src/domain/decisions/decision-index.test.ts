import { aDecision, aTable } from '../daci/daci-fixtures.test-support';
import { decisionFingerprint } from '../daci/fingerprint';
import { DACI_LIMITS } from '../daci/daci-limits';
import { emptySignOffs, SIGN_OFF_FORMAT, type SignOffsDoc } from '../daci/sign-off';
import { INDEX_LIMITS, itemEntrySchema, pageEntrySchema, type IndexedDecision, type ItemEntry } from './index-schema';
import { decisionsOfItem, withPageDecisions } from './item-entry';
import { pageEntryOf, removedPageEntry, shortened } from './page-entry';
import { chunked } from './chunks';

const PAGE = { pageId: '131073', spaceId: '98306', title: 'Checkout: saved cards — spec', version: 4 };
const KIB = 1024;
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

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

/** The worst a decision can be for the index: longest ids and title in 3-byte characters and quotes, every link. */
const worst = (n: number) =>
  aDecision({
    id: `d${n}`.padEnd(40, 'x'),
    title: '"界'.repeat(DACI_LIMITS.decisionTitleLength / 2),
    driver: 'a'.repeat(128),
    approver: 'b'.repeat(128),
    due: '2026-12-01',
    jiraKeys: Array.from({ length: DACI_LIMITS.jiraKeys }, (_, k) => `ABCDEFGHIJKLMNOPQRST-${9_000_000_000 + n * 20 + k}`),
  });

describe('the page entry', () => {
  it('keeps every decision of every table in page order with its sign-off standing and links', () => {
    const { entry, decisions, dropped } = pageEntryOf(PAGE, [
      { localId: 'table-a', table: aTable([tokens]), signOffs: approved(tokens) },
      { localId: 'table-b', table: aTable([copy]), signOffs: emptySignOffs() },
    ]);
    expect(dropped).toEqual({ decisions: 0, items: 0 });
    expect(pageEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({ decisionCount: 2, chunks: 1, itemKeys: ['ABC-7', 'ABC-10'] });
    expect(decisions.map((d) => [d.localId, d.id, d.status, d.signOff])).toEqual([
      ['table-a', 'tokens', 'decided', 'current'],
      ['table-b', 'copy', 'in-progress', 'none'],
    ]);
  });

  it('calls an approval stale once the decision changed', () => {
    const reworded = { ...tokens, outcome: 'Our own vault' };
    expect(pageEntryOf(PAGE, [{ localId: 't', table: aTable([reworded]), signOffs: approved(tokens) }]).decisions[0]?.signOff).toBe('stale');
  });

  it('keeps a long title short for lists, never splitting a character, and hashes a long placement id', () => {
    expect(shortened('a'.repeat(200), 150)).toHaveLength(150);
    expect(shortened(`${'a'.repeat(148)}😀b`, 150)).toBe(`${'a'.repeat(148)}…`);
    const { decisions } = pageEntryOf(PAGE, [{ localId: 'x'.repeat(300), table: aTable([tokens]), signOffs: emptySignOffs() }]);
    expect(decisions[0]?.localId).toMatch(/^h[0-9a-f]{16}$/);
  });

  it('is bounded by design: five full tables of the worst decisions fit Forge’s 240 KiB a value, in chunks', () => {
    const full = Array.from({ length: DACI_LIMITS.decisions }, (_, n) => worst(n));
    const tables = Array.from({ length: 6 }, (_, t) => ({ localId: `t${t}`, table: aTable(full), signOffs: emptySignOffs() }));
    const { entry, decisions, dropped } = pageEntryOf(PAGE, tables);
    expect(decisions).toHaveLength(INDEX_LIMITS.decisionsPerPage);
    expect(entry.itemKeys).toHaveLength(INDEX_LIMITS.itemsPerPage);
    expect(dropped).toEqual({ decisions: 200, items: 3500 });
    expect(decisions.flatMap((d) => d.jiraKeys).every((k) => entry.itemKeys.includes(k))).toBe(true);
    const chunks = chunked(decisions);
    expect(chunks.length).toBe(entry.chunks);
    expect(chunks.length).toBeLessThanOrEqual(INDEX_LIMITS.chunks);
    expect(chunks.flat()).toEqual(decisions);
    for (const chunk of chunks) expect(bytes({ format: 'x', pageId: PAGE.pageId, version: 1, decisions: chunk })).toBeLessThan(240 * KIB);
    expect(bytes(entry)).toBeLessThan(240 * KIB);
  });
});

describe('the item entry', () => {
  const indexing = (version: number, decisions = [tokens, copy]) =>
    pageEntryOf({ ...PAGE, version }, [{ localId: 't', table: aTable(decisions), signOffs: emptySignOffs() }]);
  const update = (current: ItemEntry | undefined, key: string, version: number, decisions?: ReturnType<typeof aDecision>[], pageId = PAGE.pageId) => {
    const { entry, decisions: indexed } = indexing(version, decisions);
    return withPageDecisions(current, key, { ...entry, pageId }, indexed);
  };
  const written = (result: ReturnType<typeof withPageDecisions>): ItemEntry => {
    if (result.change !== 'write') throw new Error(`expected a write, got ${result.change}`);
    return itemEntrySchema.parse(result.entry);
  };

  it("holds each page's decisions that link the item, with the page's title", () => {
    const entry = written(update(undefined, 'ABC-7', 4));
    expect(decisionsOfItem(entry).decisions.map((d) => [d.id, d.pageTitle])).toEqual([
      ['tokens', PAGE.title],
      ['copy', PAGE.title],
    ]);
    expect(decisionsOfItem(written(update(undefined, 'ABC-10', 4))).decisions.map((d) => d.id)).toEqual(['tokens']);
  });

  it('replaces what the page said before, ignores an older version and leaves other pages alone', () => {
    const first = written(update(undefined, 'ABC-7', 4));
    const other = written(update(first, 'ABC-7', 2, undefined, '200001'));
    const unlinked = written(update(other, 'ABC-7', 5, [{ ...copy, jiraKeys: [] }, tokens]));
    expect(decisionsOfItem(unlinked).decisions.map((d) => `${d.pageId}/${d.id}`)).toEqual(['131073/tokens', '200001/tokens', '200001/copy']);
    expect(update(unlinked, 'ABC-7', 4)).toEqual({ change: 'none' });
  });

  it('removes the entry once no page links the item, and says nothing changed for a page that never did', () => {
    const first = written(update(undefined, 'ABC-7', 4));
    expect(withPageDecisions(first, 'ABC-7', removedPageEntry({ ...PAGE, version: 4 }), [])).toEqual({ change: 'remove' });
    expect(update(undefined, 'ABC-99', 4)).toEqual({ change: 'none' });
  });

  it('is bounded by design: the most decisions and pages of the worst kind fit, the rest are counted so a gate fails closed', () => {
    const many: IndexedDecision[] = pageEntryOf(PAGE, [
      { localId: 't'.repeat(100), table: aTable(Array.from({ length: 130 }, (_, n) => ({ ...worst(n), jiraKeys: ['ABC-7'] }))), signOffs: emptySignOffs() },
    ]).decisions;
    let entry = written(withPageDecisions(undefined, 'ABC-7', { pageId: '1', title: '界'.repeat(255), version: 1 }, many));
    expect(decisionsOfItem(entry)).toMatchObject({ omitted: 30 });
    expect(decisionsOfItem(entry).decisions).toHaveLength(INDEX_LIMITS.decisionsPerItem);
    for (let p = 2; p <= INDEX_LIMITS.pagesPerItem; p += 1)
      entry = written(withPageDecisions(entry, 'ABC-7', { pageId: String(p), title: '界'.repeat(255), version: 1 }, many.slice(0, 1)));
    expect(entry.pages).toHaveLength(INDEX_LIMITS.pagesPerItem);
    expect(bytes(entry)).toBeLessThan(240 * KIB);
    // Pages past the limit are kept by id, each one decision the gate cannot vouch for; past those, the entry is saturated.
    const full = entry;
    const counted = decisionsOfItem(full).omitted;
    for (let p = 0; p < INDEX_LIMITS.overflowPagesPerItem; p += 1)
      entry = written(withPageDecisions(entry, 'ABC-7', { pageId: String(100_000 + p), title: 'More', version: 1 }, many.slice(0, 1)));
    expect(entry.overflow).toHaveLength(INDEX_LIMITS.overflowPagesPerItem);
    expect(decisionsOfItem(entry).omitted).toBe(counted + INDEX_LIMITS.overflowPagesPerItem);
    const saturated = written(withPageDecisions(entry, 'ABC-7', { pageId: '999', title: 'One too many', version: 1 }, many.slice(0, 1)));
    expect(saturated.saturated).toBe(true);
    expect(decisionsOfItem(saturated).omitted).toBe(counted + INDEX_LIMITS.overflowPagesPerItem + 1);
    expect(withPageDecisions(saturated, 'ABC-7', { pageId: '998', title: 'And another', version: 1 }, many.slice(0, 1))).toEqual({ change: 'none' });
    expect(itemEntrySchema.safeParse(saturated).success).toBe(true);
    expect(bytes(saturated)).toBeLessThan(240 * KIB);
    // A page kept by id that stops linking the item is let go; one that still links it changes nothing.
    const spilled = written(withPageDecisions(full, 'ABC-7', { pageId: '999', title: 'Spilled', version: 1 }, many.slice(0, 1)));
    expect(spilled.overflow).toEqual(['999']);
    expect(withPageDecisions(spilled, 'ABC-7', { pageId: '999', title: 'Spilled', version: 2 }, many.slice(0, 1))).toEqual({ change: 'none' });
    expect(written(withPageDecisions(spilled, 'ABC-7', { pageId: '999', title: 'Spilled', version: 2 }, [])).overflow).toBeUndefined();
    // Once a kept page unlinks the item, a spilled page that saves again takes its place.
    const roomy = written(withPageDecisions(spilled, 'ABC-7', { pageId: '2', title: 'Unlinked', version: 2 }, []));
    const moved = written(withPageDecisions(roomy, 'ABC-7', { pageId: '999', title: 'Spilled', version: 2 }, many.slice(0, 1)));
    expect([moved.overflow, moved.pages.some((p) => p.pageId === '999')]).toEqual([undefined, true]);
  });
});
