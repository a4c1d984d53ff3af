import { bundledWords } from '../../adapters/bundled-words';
import { englishSay } from '../words/english';
import { decidedWithoutOutcome } from './decided-needs-outcome';

const decision = (status: 'not-started' | 'in-progress' | 'decided' | 'deferred', outcome: string) => ({ status, outcome }) as never;

describe('decidedWithoutOutcome', () => {
  it('asks each decided decision for an outcome, and nothing of open or deferred ones', () => {
    const table = { decisions: [decision('decided', 'Vault it.'), decision('decided', ' \u200b '), decision('in-progress', ''), decision('deferred', '')] };
    expect(decidedWithoutOutcome(table, englishSay)).toEqual([
      { path: 'decisions[1].outcome', message: 'a decided decision needs an outcome: say what was decided' },
    ]);
  });

  it("says so in the person's language", async () => {
    const german = await bundledWords('de-DE');
    expect(decidedWithoutOutcome({ decisions: [decision('decided', '')] }, german)[0]?.message).toBe(
      'eine entschiedene Entscheidung braucht ein Ergebnis: Schreiben Sie, was entschieden wurde',
    );
  });
});
