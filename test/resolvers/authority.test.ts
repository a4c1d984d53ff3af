import { bundledWords } from '../../src/adapters/bundled-words';
/**
 * Issue 13, deliverable 1: a record counts only where the criterion that counts it would have
 * accepted the person who recorded it, whatever the work type, gate set or memberships were
 * when it was written. Reproduction 1 (a QA verification without QA rights) is the first test.
 */
import { validateTransition } from '../../src/validator/validate-transition';
import { projectGatesKey } from '../../src/gates/project-keys';
import { adf, behaviour, issue, records } from '../support/builders';
import { criterionOf, dataOf, fakeSite, ITEM, PROJECT, RETRY, testGates } from './support/fake-site';

const DESCRIPTION = adf.doc(adf.paragraph(adf.text('Remember the last used card.')));
const itemOfType = (type: 'Story' | 'Task') => issue({ key: ITEM.key, type, fields: { project: PROJECT, description: DESCRIPTION } });
const start = () =>
  records({ revision: 1, handoff: { expectedBehaviours: [behaviour('b1', 'Last card preselected'), behaviour('b2', 'No card, no preselection')] } });
const verify = (behaviourId: string, revision: number) => ({ payload: { revision, behaviourId, status: 'passed' } });

async function releaseGateVerdict(site: ReturnType<typeof fakeSite>) {
  const args = { issue: { key: ITEM.key }, configuration: { gateId: 'release' }, transition: { from: { id: '3' }, to: { id: '10001' } } };
  return validateTransition(args, { jira: site.asApp, store: site.store, clock: site.clock, retry: RETRY, words: bundledWords });
}

describe('authority follows the record', () => {
  it('work-type switch: an engineer who verifies while no QA gate applies does not satisfy the QA verifiers once it applies again', async () => {
    const site = fakeSite({ records: start(), issue: itemOfType('Story') });
    expect(await site.call('verifyBehaviour', 'dana', verify('b1', 1))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    site.setIssue(itemOfType('Task')); // Ready for QA (qaVerifiers: group qa) applies to Story and Bug only
    dataOf(await site.call('verifyBehaviour', 'dana', verify('b1', 1)));
    dataOf(await site.call('verifyBehaviour', 'dana', verify('b2', 2)));
    site.setIssue(itemOfType('Story'));

    const panel = dataOf(await site.call('getPanel', 'dana'));
    expect(criterionOf(panel, 'release', 'verified')).toMatchObject({ status: 'failed' });
    expect(panel.handoff.expectedBehaviours.map((b) => b.state)).toEqual(['unaccepted', 'unaccepted']);
    const verdict = await releaseGateVerdict(site);
    expect(verdict).toMatchObject({ result: false, errorMessage: expect.stringContaining('verified by someone who may not') });
  });

  it('the same verifications by a QA verifier do count, in the panel and in the validator', async () => {
    const site = fakeSite({ records: start(), issue: itemOfType('Story') });
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('b1', 1)));
    const panel = dataOf(await site.call('verifyBehaviour', 'quinn', verify('b2', 2)));
    expect(criterionOf(panel, 'release', 'verified')).toMatchObject({ status: 'passed' });
    expect(await releaseGateVerdict(site)).not.toMatchObject({ errorMessage: expect.stringContaining('behaviours') });
  });

  it('gate-set change: records accepted under the old rule stop counting when the rule names other people', async () => {
    const site = fakeSite({ records: start(), issue: itemOfType('Story') });
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('b1', 1)));
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('b2', 2)));
    const approved = dataOf(await site.call('approve', 'priya', { payload: { revision: 3, gateId: 'release', criterionId: 'product-approval' } }));
    expect(criterionOf(approved, 'release', 'product-approval')).toMatchObject({ status: 'passed' });
    expect(criterionOf(approved, 'release', 'verified')).toMatchObject({ status: 'passed' });

    const changed = testGates().map((g) =>
      g.id === 'ready-for-qa'
        ? { ...g, qaVerifiers: { groups: ['release-managers'] } }
        : g.id === 'release'
          ? { ...g, criteria: g.criteria.map((c) => (c.kind === 'approval' ? { ...c, approvers: { groups: ['qa'] } } : c)) }
          : g,
    );
    await site.store.set(projectGatesKey('10000'), { format: 'shipshape.gates/v1', gates: changed });
    const panel = dataOf(await site.call('getPanel', 'quinn'));
    expect(criterionOf(panel, 'release', 'product-approval')).toMatchObject({ status: 'failed' });
    expect(criterionOf(panel, 'release', 'verified')).toMatchObject({ status: 'failed' });
  });

  it('membership change: what counts is the rights the person had when recording, confirmed by Jira then', async () => {
    const site = fakeSite({ records: start(), issue: itemOfType('Task') });
    dataOf(await site.call('verifyBehaviour', 'dana', verify('b1', 1))); // an editor, not in qa, while no QA gate applied
    site.setIssue(itemOfType('Story'));
    site.setGroups('dana', ['jira-software-users', 'qa']); // joins qa later: her earlier record still does not count
    dataOf(await site.call('verifyBehaviour', 'quinn', verify('b2', 2)));
    site.setGroups('quinn', ['jira-software-users']); // leaves qa later: her record, made as a member, still counts
    const panel = dataOf(await site.call('getPanel', 'quinn'));
    expect(panel.handoff.expectedBehaviours.map((b) => b.state)).toEqual(['unaccepted', 'passed']);
    expect(await site.call('verifyBehaviour', 'quinn', verify('b1', 3))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    dataOf(await site.call('verifyBehaviour', 'dana', verify('b1', 3)));
    expect(criterionOf(dataOf(await site.call('getPanel', 'dana')), 'release', 'verified')).toMatchObject({ status: 'passed' });
  });
});
