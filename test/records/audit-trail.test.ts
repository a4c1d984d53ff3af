import { memoryStore } from '../../src/adapters/memory-store';
import { appended, auditKey, auditValue, loadAudit, AUDIT_MAX_BYTES, AUDIT_MAX_ENTRIES, type AuditEntry } from '../../src/records/audit-trail';
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
const bytes = (entries: AuditEntry[]) => new TextEncoder().encode(JSON.stringify({ format: 'shipshape.audit/v1', entries })).byteLength;

describe('the audit trail', () => {
  it('is kept under audit:{issueId} in its own format, and reads back as written', async () => {
    const store = memoryStore();
    expect(await loadAudit(store, '10123')).toEqual({ ok: true, value: [] });
    await store.set(auditKey('10123'), auditValue([entry(1)]));
    expect(await store.get(auditKey('10123'))).toEqual({ format: 'shipshape.audit/v1', entries: [entry(1)] });
    expect(await loadAudit(store, '10123')).toEqual({ ok: true, value: [entry(1)] });
  });

  it('reports a trail that is not in the format, by path', async () => {
    const store = memoryStore({ [auditKey('1')]: { format: 'shipshape.audit/v1', entries: [{ ...entry(1), action: 'delete-everything' }] } });
    expect(await loadAudit(store, '1')).toEqual({ ok: false, problems: [{ path: 'entries[0].action', message: expect.stringContaining('Invalid option') }] });
  });

  it('keeps the latest 200 entries', () => {
    let trail: AuditEntry[] = [];
    for (let i = 1; i <= 205; i++) trail = appended(trail, entry(i));
    expect(trail).toHaveLength(AUDIT_MAX_ENTRIES);
    expect([trail[0]?.revision, trail.at(-1)?.revision]).toEqual([6, 205]);
  });

  it('shortens long summaries and drops the oldest entries until the trail fits its size cap', () => {
    let trail: AuditEntry[] = [];
    const wide = '€'.repeat(5000);
    for (let i = 1; i <= 200; i++) trail = appended(trail, { ...entry(i, wide), before: wide, target: 't'.repeat(300) });
    expect(trail.at(-1)?.after).toHaveLength(300);
    expect(trail.at(-1)?.after.endsWith('…')).toBe(true);
    expect(bytes(trail)).toBeLessThanOrEqual(AUDIT_MAX_BYTES);
    expect(trail.at(-1)?.revision).toBe(200);
  });
});
