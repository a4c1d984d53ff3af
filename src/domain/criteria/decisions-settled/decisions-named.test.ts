import { bundledWords } from '../../../adapters/bundled-words';
import { issue, ruleContext } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import type { LinkedDecisions } from '../../decisions/linked-decisions';
import type { ItemDecision } from '../../decisions/index-schema';
import type { DecisionNaming } from '../../decisions/decision-naming';
import type { Gate } from '../../gates/gate-schema';
import { decisionsSettledRule } from './decisions-settled';
import { namingCandidates } from './naming-candidates';
import { evaluate } from '../../evaluate';
import { englishSay } from '../../words/english';

type Linked = Extract<LinkedDecisions, { state: 'read' }>['decisions'][number];
const SPEC = { pageId: '131073', pageTitle: 'Checkout: saved cards — spec' };
const SECRET = { pageId: '131074', pageTitle: 'Acquisition plan (restricted)' };
const decision = (n: number, status: ItemDecision['status'], signOff: ItemDecision['signOff'], page = SPEC, approver = 'acc-priya'): Linked => ({
  localId: 'table-1',
  id: `d${n}`,
  title: `Decision ${n}`,
  status,
  approver,
  driver: 'acc-alex',
  signOff,
  ...page,
});
const base: CriterionOf<'decisions-settled'> = { id: 'decisions', kind: 'decisions-settled' };
const read = (...decisions: Linked[]): LinkedDecisions => ({ state: 'read', decisions, omitted: 0 });
const naming = (pages: Record<string, string>, people: Record<string, string> = { 'acc-priya': 'Priya PM' }): DecisionNaming => ({
  pages: new Map(Object.entries(pages)),
  people: new Map(Object.entries(people)),
});
const check = (decisions: LinkedDecisions, decisionNaming?: DecisionNaming, say = ruleContext(issue()).say) =>
  decisionsSettledRule.check(base, { ...ruleContext(issue(), undefined, undefined, say), decisions, ...(decisionNaming ? { decisionNaming } : {}) });

describe('decisions-settled names open decisions only on pages the reader may view', () => {
  it('names the decision, its state, its Approver and its page as Confluence titles it for the reader', () => {
    const outcome = check(read(decision(1, 'in-progress', 'none')), naming({ [SPEC.pageId]: 'Checkout: saved cards — spec v2' }));
    expect(outcome).toEqual({
      passed: false,
      reason: "1 linked decision is not settled: 'Decision 1' on 'Checkout: saved cards — spec v2': in progress, Approver Priya PM",
    });
  });

  it('counts, without naming, decisions on pages the reader may not view', () => {
    const decisions = read(decision(1, 'in-progress', 'none'), decision(2, 'decided', 'rejected', SECRET), decision(3, 'not-started', 'none', SECRET));
    const outcome = check(decisions, naming({ [SPEC.pageId]: SPEC.pageTitle }));
    expect(outcome.reason).toBe(
      "3 linked decisions are not settled: 'Decision 1' on 'Checkout: saved cards — spec': in progress, Approver Priya PM; 2 more: 1 not started, 1 rejected by the Approver",
    );
    expect(outcome.reason).not.toMatch(/Acquisition|Decision 2|Decision 3/);
  });

  it('counts everything when no page may be viewed or nobody asked Confluence', () => {
    const decisions = read(decision(1, 'in-progress', 'none'));
    expect(check(decisions, naming({})).reason).toBe('1 linked decision is not settled: 1 in progress');
    expect(check(decisions).reason).toBe('1 linked decision is not settled: 1 in progress');
  });

  it('names at most three, leaves out an Approver Confluence did not name, and shortens long titles', () => {
    const long = { pageId: '9', pageTitle: 'x' };
    const decisions = read(...[1, 2, 3, 4].map((n) => decision(n, 'decided', 'none', long, n === 1 ? 'acc-gone' : 'acc-priya')));
    const outcome = check(decisions, naming({ 9: `${'Long title '.repeat(20)}` }));
    expect(outcome.reason.startsWith("4 linked decisions are not settled: 'Decision 1' on 'Long title Long title")).toBe(true);
    expect(outcome.reason).toContain("…': awaiting the Approver's approval; 'Decision 2'");
    expect(outcome.reason).toContain(", Approver Priya PM; 'Decision 3'");
    expect(outcome.reason).toMatch(/; 1 more: 1 awaiting the Approver's approval$/);
    expect(outcome.reason).not.toContain('Decision 4');
  });

  it('says it in German', async () => {
    const german = await bundledWords('de-DE');
    const outcome = check(read(decision(1, 'in-progress', 'none'), decision(2, 'deferred', 'none', SECRET)), naming({ [SPEC.pageId]: SPEC.pageTitle }), german);
    expect(outcome.reason).toBe(
      '2 verknüpfte Entscheidungen sind nicht getroffen: „Decision 1“ auf „Checkout: saved cards — spec“: in Arbeit, Approver Priya PM; 1 weitere: 1 zurückgestellt',
    );
  });
});

describe('naming candidates', () => {
  const gate = (criteria: Gate['criteria']): Gate => ({ id: 'dod', name: 'Done', criteria }) as Gate;
  const candidates = (g: Gate, decisions: LinkedDecisions) => namingCandidates(g, evaluate(g, { issue: issue(), decisions }, englishSay), decisions);

  it('asks about the pages and Approvers of the unsettled decisions of blocking checks only', () => {
    const decisions = read(
      decision(1, 'decided', 'current'),
      decision(2, 'in-progress', 'none', SECRET, 'acc-sam'),
      decision(3, 'deferred', 'current', SPEC, 'acc-lee'),
    );
    expect(candidates(gate([base]), decisions)).toEqual({ pageIds: [SECRET.pageId, SPEC.pageId], accountIds: ['acc-sam', 'acc-lee'] });
    expect(candidates(gate([{ ...base, allowDeferred: true }]), decisions)).toEqual({ pageIds: [SECRET.pageId], accountIds: ['acc-sam'] });
    const none = { pageIds: [], accountIds: [] };
    expect(candidates(gate([{ ...base, required: false }]), decisions)).toEqual(none);
    expect(candidates(gate([{ id: 'm', kind: 'manual' } as Gate['criteria'][number]]), decisions)).toEqual(none);
    expect(candidates(gate([base]), read(decision(1, 'decided', 'current')))).toEqual(none);
    expect(candidates(gate([base]), { state: 'unreadable' })).toEqual(none);
  });

  it('asks about five pages at most', () => {
    const decisions = read(...Array.from({ length: 9 }, (_, n) => decision(n, 'in-progress', 'none', { pageId: String(100 + n), pageTitle: `P${n}` })));
    expect(candidates(gate([base]), decisions).pageIds).toEqual(['100', '101', '102', '103', '104']);
  });
});
