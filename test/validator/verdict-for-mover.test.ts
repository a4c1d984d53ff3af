import { verdictForMover, type AskNaming } from '../../src/validator/verdict-for-mover';
import { englishSay } from '../../src/domain/words/english';
import type { Gate } from '../../src/domain/gates/gate-schema';
import type { LinkedDecisions } from '../../src/domain/decisions/linked-decisions';
import { issue } from '../support/builders';

const gate = { id: 'dod', name: 'Done', criteria: [{ id: 'decisions', kind: 'decisions-settled' }] } as Gate;
const linked = (status: 'in-progress' | 'decided'): LinkedDecisions => ({
  state: 'read',
  omitted: 0,
  decisions: [
    {
      localId: 't',
      id: 'd1',
      title: 'Where do we keep card tokens?',
      status,
      approver: 'acc-priya',
      driver: 'acc-alex',
      signOff: 'current',
      pageId: '7',
      pageTitle: 'Spec',
    },
  ],
});
const asking = (answer: Awaited<ReturnType<AskNaming>> | Error) => {
  const asked: unknown[] = [];
  const ask: AskNaming = async (candidates) => {
    asked.push(candidates);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { ask, asked };
};
const reasonOf = async (decisions: LinkedDecisions, ask: AskNaming | undefined) =>
  (await verdictForMover(gate, { issue: issue(), decisions }, englishSay, ask)).results[0]?.reason;

describe('the verdict told to the person moving the item', () => {
  it('names the blocking decision when Confluence lets them view its page', async () => {
    const { ask, asked } = asking({ pages: new Map([['7', 'Checkout spec']]), people: new Map([['acc-priya', 'Priya PM']]) });
    expect(await reasonOf(linked('in-progress'), ask)).toBe(
      "1 linked decision is not settled: 'Where do we keep card tokens?' on 'Checkout spec': in progress, Approver Priya PM",
    );
    expect(asked).toEqual([{ pageIds: ['7'], accountIds: ['acc-priya'] }]);
  });

  it('asks nothing when the gate passes or nobody is named as the mover', async () => {
    const { ask, asked } = asking(undefined);
    expect(await reasonOf(linked('decided'), ask)).toBe('The 1 linked decision is settled');
    expect(asked).toEqual([]);
    expect(await reasonOf(linked('in-progress'), undefined)).toBe('1 linked decision is not settled: 1 in progress');
  });

  it('counts when Confluence says nothing, or asking it fails, with the same outcome', async () => {
    for (const answer of [undefined, new Error('asUser refused'), { pages: new Map(), people: new Map() }]) {
      const verdict = await verdictForMover(gate, { issue: issue(), decisions: linked('in-progress') }, englishSay, asking(answer).ask);
      expect(verdict).toMatchObject({ passed: false, results: [{ reason: '1 linked decision is not settled: 1 in progress' }] });
    }
  });
});
