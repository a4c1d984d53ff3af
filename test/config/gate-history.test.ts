import {
  HISTORY_MAX_BYTES,
  HISTORY_MAX_ENTRIES,
  historyValue,
  nextHistory,
  parseHistory,
  type GateHistory,
  type NewHistoryEntry,
} from '../../src/config/gate-history';
import { KVS_LIMITS } from '../../src/adapters/kvs-limits';

const change = (n: number, text = 'x'): NewHistoryEntry => ({
  at: '2026-12-02T10:00:00.000Z',
  accountId: 'acc-1',
  action: 'update-gate',
  target: `gate-${n}`,
  before: text,
  after: text,
});
const bytes = (h: GateHistory) => new TextEncoder().encode(JSON.stringify(historyValue(h))).byteLength;

describe('the gate history', () => {
  it('keeps the latest entries by count and says how many it dropped', () => {
    let history: GateHistory = { revision: 0, entries: [] };
    for (let i = 1; i <= HISTORY_MAX_ENTRIES + 7; i += 1) history = nextHistory(history, [change(i)]);
    expect(history.entries).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(history.dropped).toBe(7);
    expect(parseHistory(historyValue(history))).toEqual({ ok: true, value: history });
  });

  it("stays under its byte cap (and Forge's 240 KiB) however long the summaries, dropping the oldest", () => {
    let history: GateHistory = { revision: 0, entries: [] };
    const wide = '界'.repeat(2000); // 3 bytes each in UTF-8; clipped to 500 characters per summary
    for (let i = 1; i <= HISTORY_MAX_ENTRIES; i += 1) history = nextHistory(history, [change(i, wide), change(i + 1000, wide)]);
    expect(bytes(history)).toBeLessThanOrEqual(HISTORY_MAX_BYTES);
    expect(bytes(history)).toBeLessThan(KVS_LIMITS.valueBytes);
    expect(history.entries.at(-1)?.revision).toBe(HISTORY_MAX_ENTRIES);
    expect((history.dropped ?? 0) + history.entries.length).toBe(2 * HISTORY_MAX_ENTRIES);
  });
});
