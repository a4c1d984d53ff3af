import { memoryStore } from '../../src/adapters/memory-store';
import { appended, auditKey, auditValue, loadAudit, AUDIT_MAX_BYTES, AUDIT_MAX_ENTRIES, type AuditEntry, type AuditTrail } from '../../src/records/audit-trail';
import { AT, PEOPLE } from '../support/builders';

const entry = (revision: number, after = 'ticked'): AuditEntry => ({
  at: AT,
  accountId: PEOPLE.dana.accountId,
  action: 'tick',
  target: 'release/support',
  before: 'not ticked',
  after,
  revision,
});
const bytes = (trail: AuditTrail) => new TextEncoder().encode(JSON.stringify(auditValue(trail))).byteLength;
const EMPTY: AuditTrail = { entries: [], dropped: 0 };

describe('the audit trail', () => {
  it('is kept under audit:{issueId} in its own format, and reads back as written', async () => {
    const store = memoryStore();
    expect(await loadAudit(store, '10123')).toEqual({ ok: true, value: EMPTY });
    await store.set(auditKey('10123'), auditValue({ entries: [entry(1)], dropped: 0 }));
    expect(await store.get(auditKey('10123'))).toEqual({ format: 'shipshape.audit/v1', entries: [entry(1)] });
    expect(await loadAudit(store, '10123')).toEqual({ ok: true, value: { entries: [entry(1)], dropped: 0 } });
  });

  it('reports a trail that is not in the format, by path', async () => {
    const store = memoryStore({ [auditKey('1')]: { format: 'shipshape.audit/v1', entries: [{ ...entry(1), action: 'delete-everything' }] } });
    expect(await loadAudit(store, '1')).toMatchObject({
      ok: false,
      problems: [{ path: 'entries[0].action', message: expect.stringMatching(/^must be one of "save-handoff", /) }],
    });
  });

  it('keeps the latest 200 entries', () => {
    let trail = EMPTY;
    for (let i = 1; i <= 205; i++) trail = appended(trail, entry(i));
    expect(trail.entries).toHaveLength(AUDIT_MAX_ENTRIES);
    expect([trail.entries[0]?.revision, trail.entries.at(-1)?.revision]).toEqual([6, 205]);
    expect(trail.dropped).toBe(5);
    expect(auditValue(trail)).toMatchObject({ dropped: 5 });
  });

  it('shortens long summaries and drops the oldest entries until the trail fits its size cap', () => {
    let trail = EMPTY;
    const wide = '€'.repeat(5000);
    for (let i = 1; i <= 200; i++) trail = appended(trail, { ...entry(i, wide), before: wide, target: 't'.repeat(300) });
    expect(trail.entries.at(-1)?.after).toHaveLength(300);
    expect(trail.entries.at(-1)?.after.endsWith('…')).toBe(true);
    expect(bytes(trail)).toBeLessThanOrEqual(AUDIT_MAX_BYTES);
    expect(trail.entries.at(-1)?.revision).toBe(200);
    expect(trail.dropped + trail.entries.length).toBe(200);
    expect(trail.dropped).toBeGreaterThan(0);
  });
});
