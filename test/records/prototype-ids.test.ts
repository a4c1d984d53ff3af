import { englishSay } from '../../src/domain/words/english';
/**
 * Issue 13, deliverable 4 (and reproduction 3): ids that are also Object.prototype names, fed as
 * every kind of id — gate, criterion, behaviour, decision, person — through the engine, the
 * resolvers, the rule usage of the settings page and the DACI table and export.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/domain/evaluate';
import type { Gate } from '../../src/domain/gates/gate-schema';
import { usageFromRules } from '../../src/config/rule-usage';
import { ISSUE_RESOLVERS } from '../../src/resolvers/issue-resolvers';
import { exportAdf } from '../../src/domain/daci/export-adf';
import { emptySignOffs } from '../../src/domain/daci/sign-off';
import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
import { ownEntry, setOwnEntry } from '../../src/domain/own-entry';
import { fullHandoff, issue, records } from '../support/builders';
import { validateAdf } from '../support/adf-schema';
import { fakeSite } from '../resolvers/support/fake-site';
import { fakeConfluenceSite, PEOPLE } from '../daci/support/fake-confluence';
import { decision, table } from '../daci/support/decisions';
import { envelopeProblem } from '../fuzz/payload-arbitraries';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
/** The names a slug id (a-z, 0-9, "-") may take: gate, criterion and decision ids. */
const SLUG_NAMES = ['constructor'] as const;

describe('ids that are Object.prototype names', () => {
  it('ownEntry and setOwnEntry treat them as plain keys', () => {
    for (const name of NAMES) {
      const map: Record<string, number> = {};
      expect(ownEntry(map, name)).toBeUndefined();
      setOwnEntry(map, name, 1);
      expect(ownEntry(map, name)).toBe(1);
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    }
  });

  it('the engine: a gate and criterion named so, records keyed and signed so, count only what is there', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLUG_NAMES), fc.constantFrom(...NAMES), fc.boolean(), (id, person, ticked) => {
        const gate: Gate = {
          id,
          name: 'Gate',
          criteria: [
            { id, kind: 'manual' },
            { id: 'approved', kind: 'approval', approvers: { accountIds: [person] } },
          ],
        };
        const gates: Record<string, unknown> = ticked ? { [id]: { ticks: { [id]: { accountId: person, at: '2026-01-01T00:00:00.000Z' } } } } : {};
        const verdict = evaluate(gate, { issue: issue(), records: records({ gates: JSON.parse(JSON.stringify(gates)) }) }, englishSay);
        expect(verdict.results.map((r) => r.status)).toEqual([ticked ? 'passed' : 'failed', 'failed']);
      }),
    );
  });

  it('every work item resolver, with a gate set whose gate and criterion are called "constructor" and payload ids of every such name', async () => {
    const gates: Gate[] = [
      {
        id: 'constructor',
        name: 'Constructor gate',
        qaVerifiers: { accountIds: NAMES.slice() },
        criteria: [{ id: 'constructor', kind: 'manual', waivableBy: { accountIds: ['__proto__'] } }],
      },
    ];
    const site = fakeSite({ gates, records: records({ handoff: fullHandoff(), revision: 1 }) });
    expect((await site.call('getPanel', 'dana')).ok).toBe(true);
    for (const name of Object.keys(ISSUE_RESOLVERS))
      for (const id of NAMES) {
        const payload = { revision: 1, gateId: id, criterionId: id, behaviourId: id, ticked: true, status: 'passed', reason: 'r', handoff: { summary: id } };
        const result = await site.call(name, 'dana', { payload });
        expect(envelopeProblem(result)).toBeUndefined();
      }
    const now = await site.call('getPanel', 'dana');
    const revision = now.ok ? now.data.revision : -1;
    const ticked = await site.call('setTick', 'dana', { payload: { revision, gateId: 'constructor', criterionId: 'constructor', ticked: true } });
    expect(ticked).toMatchObject({ ok: true, data: { gates: [{ id: 'constructor', passed: true }] } });
  });

  it('the settings page: a rule naming a gate "constructor" is listed as its use, not a crash (reproduction 3)', () => {
    const rule = (gateId: string) => ({
      workflow: 'Software',
      draft: false,
      transition: { id: '31', name: 'Done' },
      value: JSON.stringify({ gateId }),
      disabled: false,
    });
    const usage = usageFromRules([rule('constructor'), rule('constructor'), rule('done')]);
    expect(ownEntry(usage.byGate, 'constructor')).toHaveLength(2);
    expect(ownEntry(usage.byGate, 'toString')).toBeUndefined();
    expect(Object.keys(usage.byGate).sort()).toEqual(['constructor', 'done']);
  });

  it('the DACI table: a decision "constructor" renders, is signed off by its Approver, and people named so are looked up safely', async () => {
    const site = fakeConfluenceSite();
    const odd = decision('constructor', { approver: PEOPLE.quinn.accountId, contributors: ['__proto__', 'toString'], informed: ['hasOwnProperty'] });
    const t = table(decision('a'), odd);
    const read = await site.call('getTable', 'emma', { context: site.context('emma', t) });
    expect(read).toMatchObject({ ok: true, data: { state: 'ready', signOffs: { constructor: { state: 'none' } } } });
    const signed = await site.call('signOff', 'quinn', {
      payload: { decisionId: 'constructor', outcome: 'rejected', comment: 'no', fingerprint: decisionFingerprint(odd), pageVersion: 5 },
      context: site.context('quinn', t),
    });
    expect(signed).toMatchObject({ ok: true, data: { signOffs: { constructor: { state: 'rejected' }, a: { state: 'none' } } } });
  });

  it('the export: decisions and people named so export as valid ADF, unknown people as "Unknown person"', () => {
    const odd = decision('constructor', { approver: 'toString', driver: '__proto__', contributors: ['hasOwnProperty'] });
    const doc = exportAdf({ table: table(odd), signOffs: emptySignOffs(), names: {}, today: '2026-12-02' });
    expect(validateAdf(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toContain('Unknown person');
    expect(JSON.stringify(doc)).not.toContain('function');
  });
});
