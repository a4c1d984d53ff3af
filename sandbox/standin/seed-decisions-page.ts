/**
 * A second page in the demo space: the team's platform decisions in a Shipshape DACI table, so the
 * decision register has something to show from the start. Its decisions link no work item: the
 * demo's gates and search summaries stay as the spec page leaves them.
 */
import { DACI_FORMAT, decisionSchema, type DaciTable, type Decision } from '../../src/domain/daci/daci-schema';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import { DACI_MODULE_KEY } from '../../src/decisions/index-page';
import { macroXml } from '../chrome/macro-storage';
import { ALEX, EMMA, PRIYA, QUINN } from './demo-users';

export const DECISIONS_PAGE_ID = '131090';
/** The placement id of the page's DACI table. */
export const DECISIONS_TABLE_ID = '8c2d4e6f-1a3b-4c5d-9e7f-2b4d6f8a0c1e';

/** A decision with the schema's defaults for what it does not say (no Contributors, no options…). */
const decision = (d: Pick<Decision, 'id' | 'title' | 'status' | 'impact' | 'driver' | 'approver'> & Partial<Decision>): Decision => decisionSchema.parse(d);

const TABLE: DaciTable = {
  format: DACI_FORMAT,
  title: 'Checkout platform decisions',
  decisions: [
    decision({
      id: 'provider',
      title: 'Which payment provider tokenises saved cards?',
      status: 'decided',
      impact: 'high',
      driver: ALEX.accountId,
      approver: PRIYA.accountId,
      due: '2026-10-20',
      outcome: 'Our current provider: its vault keeps us out of PCI scope.',
      options: [{ description: 'Current provider vault', pros: 'No PCI scope', cons: 'Lock-in', cost: '' }],
    }),
    decision({
      id: 'billing-address',
      title: 'Do we keep the billing address with a saved card?',
      status: 'in-progress',
      impact: 'medium',
      driver: PRIYA.accountId,
      approver: ALEX.accountId,
      due: '2026-11-15',
    }),
    decision({
      id: 'retention',
      title: 'How long do we keep a saved card nobody uses?',
      status: 'not-started',
      impact: 'medium',
      driver: EMMA.accountId,
      approver: PRIYA.accountId,
      due: '2027-01-15',
    }),
    decision({
      id: 'mobile',
      title: 'Do saved cards ship in the mobile app at launch?',
      status: 'deferred',
      impact: 'low',
      driver: PRIYA.accountId,
      approver: ALEX.accountId,
    }),
    decision({
      id: 'three-ds',
      title: 'Which 3-D Secure flow do saved cards use?',
      status: 'in-progress',
      impact: 'high',
      driver: EMMA.accountId,
      approver: PRIYA.accountId,
      due: '2026-12-10',
    }),
    decision({
      id: 'remove-card',
      title: "Where does 'Remove card' live?",
      status: 'not-started',
      impact: 'low',
      driver: QUINN.accountId,
      approver: PRIYA.accountId,
      due: '2026-11-28',
    }),
  ],
};

/** The page's storage: a short introduction and the table, as the sandbox keeps a placed macro. */
export const DECISIONS_PAGE_STORAGE = [
  '<p>Decisions about the checkout platform that outlive one spec.</p>',
  macroXml({ moduleKey: DACI_MODULE_KEY, localId: DECISIONS_TABLE_ID, config: macroConfigOf(TABLE) }),
].join('');
