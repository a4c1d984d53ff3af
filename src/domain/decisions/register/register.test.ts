import { INDEX_FORMAT, type HistoryEntry, type IndexedDecision, type PageEntry } from '../index-schema';
import { registerQuerySchema, REGISTER_PAGE_SIZE, type RegisterQueryInput } from './register-query';
import { registerRows, type RegisterPage } from './register-row';
import { peopleOfView, registerView } from './register-view';

const TODAY = '2026-12-03';
const hash = '0123456789abcdef';
const decision = (over: Partial<IndexedDecision> & { id: string }): IndexedDecision => ({
  localId: 'table-1',
  title: `Decision ${over.id}`,
  status: 'in-progress',
  approver: 'priya',
  driver: 'alex',
  signOff: 'none',
  jiraKeys: [],
  facets: { title: hash, outcome: hash, options: hash, roles: hash },
  ...over,
});
const entry = (pageId: string, title: string): PageEntry => ({
  format: INDEX_FORMAT,
  pageId,
  spaceId: '98306',
  title,
  version: 3,
  removed: false,
  decisionCount: 0,
  chunks: 1,
  itemKeys: [],
});

const tokens = decision({ id: 'tokens', title: 'Where do we keep card tokens?', impact: 'high', due: '2026-11-20', jiraKeys: ['ABC-7'] });
const copy = decision({
  id: 'copy',
  title: 'Checkout copy',
  status: 'decided',
  impact: 'low',
  signOff: 'stale',
  due: '2026-11-01',
  decided: { version: 2, at: '2026-11-02T09:00:00Z' },
});
const vendor = decision({ id: 'vendor', title: 'Which fraud vendor?', approver: 'emma', driver: 'priya', impact: 'medium', due: '2026-12-24' });
const later = decision({ id: 'later', title: 'Wallet support', status: 'deferred', due: '2026-10-01' });
const reopened: HistoryEntry = {
  localId: 'table-1',
  id: 'copy',
  kind: 'changed',
  changed: ['outcome'],
  by: 'alex',
  at: '2026-11-05T12:00:00Z',
  pageVersion: 4,
  decided: { version: 2, at: '2026-11-02T09:00:00Z' },
};

const pages: RegisterPage[] = [
  { entry: entry('1', 'Checkout: saved cards — spec'), decisions: [tokens, copy], history: [reopened] },
  { entry: entry('2', 'Fraud checks — spec'), decisions: [vendor, later], history: [] },
];
const rows = registerRows(pages, TODAY);
const names: Record<string, string> = { priya: 'Priya PM', alex: 'Alex Admin', emma: 'Emma Engineer' };
const view = (query: RegisterQueryInput, me = 'priya') =>
  registerView(rows, registerQuerySchema.parse(query), me, (id) => (Object.hasOwn(names, id) ? names[id] : undefined));
const ids = (query: RegisterQueryInput, me?: string) => view(query, me).rows.map((r) => r.id);

describe('the decision register', () => {
  it('lists every decision of every page with its page, overdue state and latest change after decision', () => {
    expect(rows.map((r) => [r.pageTitle, r.id, r.overdue])).toEqual([
      ['Checkout: saved cards — spec', 'tokens', true],
      ['Checkout: saved cards — spec', 'copy', false],
      ['Fraud checks — spec', 'vendor', false],
      ['Fraud checks — spec', 'later', false],
    ]);
    expect(rows[1]?.change).toEqual({ kind: 'changed', changed: ['outcome'], by: 'alex', at: '2026-11-05T12:00:00Z', daysAfterDecision: 3 });
  });

  it('filters as a PM would: by status, impact, people, due dates, awaiting my sign-off, overdue, stale and words', () => {
    expect(ids({ statuses: ['in-progress', 'not-started'] })).toEqual(['tokens', 'vendor']);
    expect(ids({ impacts: ['high', 'medium'] })).toEqual(['tokens', 'vendor']);
    expect(ids({ approver: 'emma' })).toEqual(['vendor']);
    expect(ids({ driver: 'priya' })).toEqual(['vendor']);
    expect(ids({ dueFrom: '2026-11-15', dueTo: '2026-11-30' })).toEqual(['tokens']);
    expect(ids({ awaitingMe: true })).toEqual(['copy', 'tokens']);
    expect(ids({ awaitingMe: true }, 'emma')).toEqual(['vendor']);
    expect(ids({ overdue: true })).toEqual(['tokens']);
    expect(ids({ stale: true })).toEqual(['copy']);
    expect(ids({ text: 'CARD spec' })).toEqual(['copy', 'tokens']);
    expect(ids({ statuses: ['decided'], impacts: ['high'] })).toEqual([]);
  });

  it('sorts by every column, keeping rows without the value last in both directions', () => {
    expect(ids({ sort: 'due' })).toEqual(['later', 'copy', 'tokens', 'vendor']);
    expect(ids({ sort: 'due', order: 'desc' })).toEqual(['vendor', 'tokens', 'copy', 'later']);
    expect(ids({ sort: 'impact' })).toEqual(['tokens', 'vendor', 'copy', 'later']);
    expect(ids({ sort: 'impact', order: 'desc' })).toEqual(['copy', 'vendor', 'tokens', 'later']);
    expect(ids({ sort: 'approver' })).toEqual(['vendor', 'tokens', 'copy', 'later']);
    expect(ids({ sort: 'title' })).toEqual(['copy', 'later', 'tokens', 'vendor']);
    expect(ids({ sort: 'changed' })).toEqual(['copy', 'tokens', 'vendor', 'later']);
    expect(ids({ sort: 'page', order: 'desc' })).toEqual(['vendor', 'later', 'tokens', 'copy']);
  });

  it('counts what each filter offers over all decisions, whatever is filtered', () => {
    const { facets, total, matched } = view({ statuses: ['decided'] });
    expect([total, matched]).toEqual([4, 1]);
    expect(facets.statuses).toEqual([
      { value: 'not-started', count: 0 },
      { value: 'in-progress', count: 2 },
      { value: 'decided', count: 1 },
      { value: 'deferred', count: 1 },
    ]);
    expect(facets.approvers).toEqual(['priya', 'emma']);
    expect([facets.awaitingMe, facets.overdue, facets.stale]).toEqual([2, 1, 1]);
  });

  it('pages a large space in pages of 25, a page past the end showing the last, and names only the people it shows', () => {
    const many = registerRows(
      [{ entry: entry('3', 'Big'), history: [], decisions: Array.from({ length: 120 }, (_, i) => decision({ id: `d${i}`, approver: `p${i}` })) }],
      TODAY,
    );
    const last = registerView(many, registerQuerySchema.parse({ sort: 'title', page: 9 }), 'me', () => undefined);
    const pages = Math.ceil(120 / REGISTER_PAGE_SIZE);
    expect([last.page, last.pageCount, last.rows.length]).toEqual([pages, pages, 120 - (pages - 1) * REGISTER_PAGE_SIZE]);
    expect(peopleOfView(last)).toContain('alex');
    expect(peopleOfView(last).length).toBeLessThanOrEqual(REGISTER_PAGE_SIZE * 3 + 2 * 200);
  });

  it('refuses a query it cannot read, naming the field', () => {
    const parsed = registerQuerySchema.safeParse({ statuses: ['maybe'], page: 0, dueFrom: '2026-02-30' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['dueFrom', 'page', 'statuses.0']);
  });
});
