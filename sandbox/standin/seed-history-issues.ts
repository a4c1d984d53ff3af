/**
 * The work items behind the seeded quarter of gate history (seed-insights.ts): ABC-101 to
 * ABC-220, shipped and Done, each meeting both gates as they stand today (described, assigned,
 * in the 2026.11 release, handed over, verified by QA and confirmed), so the insights page's
 * links and export find real items and the search index lists none of them as failing.
 */
import { RECORDS_FORMAT, type Handoff, type ItemRecords } from '../../src/domain/records/records-schema';
import { doc, paragraph } from './adf';
import { EMMA, PRIYA, QUINN } from './demo-users';
import { ISSUE_TYPE, RESOLUTION_DONE, STATUS, VERSION } from './seed-config';
import type { IssueData } from './standin-data';
import { item } from './seed-issues';

export const HISTORY_ITEMS = 120;
/** The n-th history item (1-based): ABC-(100+n), id 10100+n. */
export const historyItem = (n: number) => ({ key: `ABC-${100 + n}`, id: String(10100 + n) });

const AREAS = ['checkout', 'saved cards', 'promo codes', 'delivery estimates', 'order summary', 'payment errors', 'receipts', 'guest checkout'];
const CHANGES = ['Tidy', 'Speed up', 'Localise', 'Track', 'Simplify', 'Harden', 'Polish', 'Explain'];
const SHIPPED = '2026-11-30T09:00:00.000+0000';
const summaryOf = (i: number) => `${CHANGES[i % CHANGES.length]} ${AREAS[(i * 3) % AREAS.length]} (${i + 1})`;

export function historyIssues(): IssueData[] {
  return Array.from({ length: HISTORY_ITEMS }, (_, i) =>
    item({
      n: 101 + i,
      issueTypeId: i % 5 === 4 ? ISSUE_TYPE.bug : ISSUE_TYPE.story,
      statusId: STATUS.done,
      summary: summaryOf(i),
      description: doc(paragraph(`${summaryOf(i)}: shipped in 2026.11 so that customers finish checkout with less effort.`)),
      assigneeId: EMMA.accountId,
      fixVersionIds: [VERSION.v2026_11],
      resolutionId: RESOLUTION_DONE,
      created: '2026-08-24T09:00:00.000+0000',
      updated: SHIPPED,
    }),
  );
}

const handoffOf = (i: number): Handoff => ({
  summary: `${summaryOf(i)}.`,
  expectedBehaviours: [{ id: 'b1', text: `${summaryOf(i)} works on web and mobile` }],
  riskAreas: [{ id: 'r1', text: 'Checkout payment step', severity: 'low' }],
  testData: 'Staging store, customer qa-history@example.com.',
  releaseNotes: `${summaryOf(i)}.`,
});

/** Each history item's records: handed over, verified and confirmed at both gates. */
export function historyRecords(confirm: (gateId: 'definition-of-done', at: string) => NonNullable<ItemRecords['gates']>[string]): Record<string, ItemRecords> {
  const at = '2026-11-28T10:00:00.000Z';
  return Object.fromEntries(
    Array.from({ length: HISTORY_ITEMS }, (_, i) => {
      const handoff = handoffOf(i);
      const records: ItemRecords = {
        format: RECORDS_FORMAT,
        handoff,
        verifications: { b1: { status: 'passed', accountId: QUINN.accountId, at, text: handoff.expectedBehaviours![0]!.text, groups: ['qa'], mayEdit: true } },
        gates: {
          'ready-for-qa': { ticks: { 'build-available': { accountId: PRIYA.accountId, at } } },
          'definition-of-done': confirm('definition-of-done', at),
        },
      };
      return [historyItem(i + 1).id, records];
    }),
  );
}
