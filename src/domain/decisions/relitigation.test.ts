import { aDecision, aTable } from '../daci/daci-fixtures.test-support';
import { emptySignOffs } from '../daci/sign-off';
import type { Decision } from '../daci/daci-schema';
import { historyEntrySchema, INDEX_LIMITS, type HistoryEntry } from './index-schema';
import { pageEntryOf } from './page-entry';
import { relitigations, withEntries } from './relitigation';

const PAGE = { pageId: '131073', spaceId: '98306', title: 'Spec', version: 1 };
const indexed = (...decisions: Decision[]) => pageEntryOf(PAGE, [{ localId: 't', table: aTable(decisions), signOffs: emptySignOffs() }]).decisions;
const at = (version: number, by = 'acc-alex') => ({ version, by, at: `2026-11-0${version}T10:00:00.000Z` });

const open = aDecision({ id: 'tokens', status: 'in-progress', outcome: '' });
const decided = { ...open, status: 'decided' as const, outcome: 'Vault' };

/** Indexes the versions in turn, as page events would, and answers the last decisions and every history entry. */
function replay(...versions: Decision[][]) {
  let previous: ReturnType<typeof relitigations>['decisions'] | undefined;
  const history: HistoryEntry[] = [];
  versions.forEach((decisions, i) => {
    const step = relitigations(previous, indexed(...decisions), at(i + 1, i === 0 ? 'acc-priya' : 'acc-alex'));
    previous = step.decisions;
    history.push(...step.entries);
  });
  return { decisions: previous ?? [], history };
}

describe('the history of decided decisions', () => {
  it('marks when a decision was decided and keeps that mark while it stays decided and unchanged', () => {
    const { decisions, history } = replay([open], [decided], [{ ...decided, due: '2027-01-01', jiraKeys: ['ABC-9'] }]);
    expect(decisions[0]?.decided).toEqual({ version: 2, at: '2026-11-02T10:00:00.000Z' });
    // Due dates and linked items are not what was decided: no history.
    expect(history).toEqual([]);
  });

  it('records a decided decision whose outcome, title, options or roles change, with who and which version', () => {
    const { history } = replay(
      [decided],
      [{ ...decided, outcome: 'Our own vault' }],
      [{ ...decided, outcome: 'Our own vault', title: 'Where do tokens live?', approver: 'acc-emma', contributors: ['acc-quinn'] }],
    );
    expect(history).toEqual([
      {
        localId: 't',
        id: 'tokens',
        kind: 'changed',
        changed: ['outcome'],
        by: 'acc-alex',
        at: '2026-11-02T10:00:00.000Z',
        pageVersion: 2,
        decided: { version: 1, at: '2026-11-01T10:00:00.000Z' },
      },
      {
        localId: 't',
        id: 'tokens',
        kind: 'changed',
        changed: ['title', 'roles'],
        by: 'acc-alex',
        at: '2026-11-03T10:00:00.000Z',
        pageVersion: 3,
        decided: { version: 1, at: '2026-11-01T10:00:00.000Z' },
      },
    ]);
    for (const entry of history) expect(historyEntrySchema.parse(entry)).toEqual(entry);
  });

  it('records a reopened decision, and a new decision date when it is decided again', () => {
    const { decisions, history } = replay([decided], [{ ...decided, status: 'in-progress' }], [decided]);
    expect(history.map((h) => [h.kind, h.pageVersion, h.decided.version])).toEqual([['reopened', 2, 1]]);
    expect(decisions[0]?.decided?.version).toBe(3);
  });

  it('says nothing about decisions that were never decided, nor re-reading the same version', () => {
    expect(replay([open], [{ ...open, outcome: 'Maybe', title: 'Other' }]).history).toEqual([]);
    const first = relitigations(undefined, indexed(decided), at(1));
    expect(relitigations(first.decisions, indexed(decided), at(1)).entries).toEqual([]);
  });

  it('keeps the newest entries within its bound', () => {
    const entry = replay([decided], [{ ...decided, outcome: 'x' }]).history[0]!;
    const many = withEntries(
      Array.from({ length: INDEX_LIMITS.historyEntries }, (_, n) => ({ ...entry, pageVersion: n })),
      [{ ...entry, pageVersion: 9999 }],
    );
    expect(many).toHaveLength(INDEX_LIMITS.historyEntries);
    expect(many.at(-1)?.pageVersion).toBe(9999);
    expect(many[0]?.pageVersion).toBe(1);
  });
});
