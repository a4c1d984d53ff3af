/**
 * Issue 13, deliverable 2 (and reproduction 2): concurrent writers of every kind of shared value,
 * interleaved by fast-check's scheduler (deterministic, replayable by seed) at every storage read
 * and commit. Each change lands together with its audit or history entry, or is cleanly refused;
 * nothing is silently lost or applied over a newer value.
 */
import fc from 'fast-check';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { PROJECT_INDEX_KEY } from '../../src/config/project-index';
import { signOffsKey } from '../../src/daci/sign-offs-store';
import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
import { approval, fullHandoff, records } from '../support/builders';
import { fakeSite } from '../resolvers/support/fake-site';
import { configSite } from '../config/support/config-site';
import { fakeConfluenceSite, LOCAL_ID, PAGE_ID, PEOPLE } from '../daci/support/fake-confluence';
import { decision, table } from '../daci/support/decisions';

const RUNS = 40;

/** Every read and commit of `store` goes through the scheduler, which picks the order. */
function interleave(store: KeyValueStore, s: fc.Scheduler): void {
  const { getVersioned, commit } = store;
  store.getVersioned = s.scheduleFunction((key: string) => getVersioned.call(store, key));
  store.commit = s.scheduleFunction((writes: Parameters<KeyValueStore['commit']>[0]) => commit.call(store, writes));
}

const BASE = 4;
const RECORD_WRITERS = [
  { who: 'dana', resolver: 'saveHandoff', action: 'save-handoff', payload: { revision: BASE, handoff: { summary: 'Checkout remembers the last card.' } } },
  { who: 'dana', resolver: 'setTick', action: 'tick', payload: { revision: BASE, gateId: 'release', criterionId: 'support-briefed', ticked: true } },
  { who: 'quinn', resolver: 'verifyBehaviour', action: 'verify', payload: { revision: BASE, behaviourId: 'b1', status: 'failed' } },
  { who: 'priya', resolver: 'revokeApproval', action: 'revoke-approval', payload: { revision: BASE, gateId: 'release', criterionId: 'product-approval' } },
  { who: 'lee', resolver: 'waive', action: 'waive', payload: { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'Config only' } },
] as const;

describe('concurrent writers, interleaved at every storage step', () => {
  it('item records: one writer per revision lands with its audit entry; the others are refused with CONFLICT and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.subarray([...RECORD_WRITERS], { minLength: 2 }), async (s, writers) => {
        const start = records({
          handoff: fullHandoff(),
          revision: BASE,
          gates: { release: { approvals: { 'product-approval': [approval('priya', { groups: ['release-managers'] })] } } },
        });
        const site = fakeSite({ records: start });
        interleave(site.store, s);
        const running = writers.map((w) => site.call(w.resolver, w.who, { payload: w.payload }));
        const results = await s.waitFor(Promise.all(running));
        const landed = results.flatMap((r, i) => (r.ok ? [writers[i]!] : []));
        expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(writers.length - 1).fill('CONFLICT'));
        expect(landed).toHaveLength(1);
        const stored = await site.records();
        const audit = (await site.audit())?.entries ?? [];
        expect(stored?.revision).toBe(BASE + 1);
        expect(audit.map((e) => [e['action'], e['revision']])).toEqual([[landed[0]!.action, BASE + 1]]);
      }),
      { numRuns: RUNS },
    );
  });

  it('item records in sequence: a revoked approval never comes back (reproduction 2)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const start = records({
          revision: BASE,
          gates: { release: { approvals: { 'product-approval': [approval('priya', { groups: ['release-managers'] })] } } },
        });
        const site = fakeSite({ records: start });
        interleave(site.store, s);
        const revoke = site.call('revokeApproval', 'priya', { payload: { revision: BASE, gateId: 'release', criterionId: 'product-approval' } });
        const tick = site.call('setTick', 'dana', { payload: { revision: BASE, gateId: 'release', criterionId: 'support-briefed', ticked: true } });
        const [revoked, ticked] = await s.waitFor(Promise.all([revoke, tick]));
        const stored = await site.records();
        const audit = (await site.audit())?.entries ?? [];
        expect([revoked.ok, ticked.ok].filter(Boolean)).toHaveLength(1);
        if (revoked.ok) expect(stored?.gates?.['release']?.approvals?.['product-approval'] ?? []).toEqual([]);
        else expect(stored?.gates?.['release']?.approvals?.['product-approval']).toHaveLength(1);
        expect(audit).toHaveLength(1);
        expect(audit[0]?.['action']).toBe(revoked.ok ? 'revoke-approval' : 'tick');
      }),
      { numRuns: RUNS },
    );
  });

  it('gate sets: saves of one set at one revision — one lands with its history entry; saves of different projects all keep their index entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 4 }), async (s, n) => {
        const site = configSite();
        interleave(site.store, s);
        const gate = (i: number) => ({ id: `gate-${i}`, name: `Gate ${i}`, criteria: [{ id: 'ticked', kind: 'manual' }] });
        const sameSet = Array.from({ length: n }, (_, i) => site.call('saveGates', 'alex', { revision: 0, gates: [gate(i)] }));
        const other = site.call(
          'saveGates',
          'alex',
          { revision: 0, gates: [gate(9)] },
          { extension: { type: 'jira:projectSettingsPage', project: { id: '10001', key: 'XYZ' } } },
        );
        const [results, otherResult] = await s.waitFor(Promise.all([Promise.all(sameSet), other]));
        const landed = results.filter((r) => r.ok);
        expect(landed).toHaveLength(1);
        expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(n - 1).fill('CONFLICT'));
        const history = (await site.store.get('gates-history:project-id:10000')) as { revision: number; entries: unknown[] };
        expect(history.revision).toBe(1);
        expect(history.entries).toHaveLength(1);
        const index = ((await site.store.get(PROJECT_INDEX_KEY)) as { projects: Array<{ key: string }> }).projects.map((p) => p.key);
        expect(index).toContain('ABC');
        if (otherResult.ok) expect(index).toContain('XYZ');
        else expect(otherResult.error.code).toBe('CONFLICT');
      }),
      { numRuns: RUNS },
    );
  });

  it('DACI sign-offs: Approvers answering at once — every answer is stored or refused with CONFLICT, none is lost', async () => {
    const b = decision('b', { approver: PEOPLE.quinn.accountId });
    const t = table(decision('a'), b);
    const answers = [
      { who: 'alex', decisionId: 'a', d: decision('a') },
      { who: 'quinn', decisionId: 'b', d: b },
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const site = fakeConfluenceSite();
        interleave(site.store, s);
        const running = answers.map(({ who, decisionId, d }) =>
          site.call('signOff', who, {
            payload: { decisionId, outcome: 'approved', fingerprint: decisionFingerprint(d), pageVersion: 5 },
            context: site.context(who, t),
          }),
        );
        const results = await s.waitFor(Promise.all(running));
        const stored = ((await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))) as { decisions: Record<string, unknown[]> } | undefined)?.decisions ?? {};
        results.forEach((r, i) => {
          if (r.ok) expect(stored[answers[i]!.decisionId]).toHaveLength(1);
          else expect(r.error.code).toBe('CONFLICT');
        });
      }),
      { numRuns: RUNS },
    );
  });
});
