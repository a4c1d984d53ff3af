import { HISTORY_MAX_BYTES, HISTORY_MAX_ENTRIES, historyValue, parseHistory, withResult, type HistoryEntry } from '../../src/records/verification-history';

const entry = (n: number, note = ''): HistoryEntry => ({
  behaviourId: `b${n % 3}`,
  status: n % 2 ? 'passed' : 'failed',
  accountId: 'quinn',
  at: new Date(Date.UTC(2026, 11, 1, 0, 0, n)).toISOString(),
  text: 'Saved cards are offered',
  revision: n,
  ...(note ? { note } : {}),
});
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

describe('the verification history', () => {
  it('starts empty, and reads back what it stores', () => {
    expect(parseHistory(undefined)).toEqual({ ok: true, value: { entries: [], dropped: 0 } });
    const stored = historyValue(withResult({ entries: [], dropped: 0 }, entry(1)));
    expect(parseHistory(JSON.parse(JSON.stringify(stored)))).toEqual({ ok: true, value: { entries: [entry(1)], dropped: 0 } });
    expect(parseHistory({ format: 'other', entries: [] }).ok).toBe(false);
  });

  it('drops and counts the oldest results beyond its count', () => {
    let history = { entries: [] as HistoryEntry[], dropped: 0 };
    for (let n = 0; n < HISTORY_MAX_ENTRIES + 5; n += 1) history = withResult(history, entry(n));
    expect(history.entries).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(history.dropped).toBe(5);
    expect(history.entries[0]?.revision).toBe(5);
  });

  it('stays within its size, however long the notes', () => {
    let history = { entries: [] as HistoryEntry[], dropped: 0 };
    for (let n = 0; n < 200; n += 1) history = withResult(history, entry(n, 'n'.repeat(2000)));
    expect(bytes(historyValue(history))).toBeLessThanOrEqual(HISTORY_MAX_BYTES);
    expect(history.dropped + history.entries.length).toBe(200);
    expect(history.entries.at(-1)?.revision).toBe(199);
  });
});
