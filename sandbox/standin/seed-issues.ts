/**
 * The demo work items of project ABC. Each tells one part of the Shipshape story; the app's
 * records for them are in seed-app-storage.ts and test/sandbox/standin-seed.test.ts proves,
 * with the real engine, the gate result each one gives.
 */
import { ALEX, EMMA, PRIYA, QUINN } from './demo-users';
import { blankDoc, bulletList, doc, heading, paragraph } from './adf';
import { COMPONENT, ISSUE_TYPE, LINK_TYPE, PRIORITY, PROJECT_ID, RESOLUTION_DONE, RISK_OPTION, STATUS, VERSION } from './seed-config';
import type { IssueData, LinkData } from './standin-data';
import { historyIssues } from './seed-history-issues';

/** The seeded items by role: key and id (the id is 10000 + the key's number). */
export const SEED_ISSUES = {
  /** Task, Done: blocks ABC-2 (resolved). */
  sdkUpgrade: { key: 'ABC-1', id: '10001' },
  /** Story, Ready for QA: passes the Definition of Done. */
  savedCards: { key: 'ABC-2', id: '10002' },
  /** Story, In Progress: Definition of Done fails only on its open sub-tasks and its open blocker. */
  promoCodes: { key: 'ABC-3', id: '10003' },
  /** Task, In Progress: blocks ABC-3. */
  rateLimit: { key: 'ABC-4', id: '10004' },
  /** Story, Ready for QA: Definition of Done fails only on Fix versions and Description. */
  deliveryEstimate: { key: 'ABC-5', id: '10005' },
  savedCardsApi: { key: 'ABC-6', id: '10006' },
  savedCardsWeb: { key: 'ABC-7', id: '10007' },
  promoCodesApi: { key: 'ABC-8', id: '10008' },
  promoCodesWeb: { key: 'ABC-9', id: '10009' },
  /** Story, In Progress: full handoff package, passes Ready for QA. */
  applePay: { key: 'ABC-10', id: '10010' },
  applePayButton: { key: 'ABC-11', id: '10011' },
  /** Bug, To Do. */
  declinedMessage: { key: 'ABC-12', id: '10012' },
  /** Task, To Do. */
  funnelEvents: { key: 'ABC-13', id: '10013' },
} as const;

const at = (date: string, time = '09:12:44.903') => `${date}T${time}+0000`;

type ItemBasics = Pick<IssueData, 'summary' | 'issueTypeId' | 'statusId'> & { n: number; created: string; updated: string };
export function item(fields: ItemBasics & Partial<IssueData>): IssueData {
  const { n, ...rest } = fields;
  const done = fields.statusId === STATUS.done;
  return {
    id: String(10000 + n),
    key: `ABC-${n}`,
    projectId: PROJECT_ID,
    priorityId: PRIORITY.medium,
    description: null,
    assigneeId: null,
    reporterId: PRIYA.accountId,
    creatorId: PRIYA.accountId,
    labels: [],
    fixVersionIds: [],
    componentIds: [],
    duedate: null,
    resolutionId: done ? RESOLUTION_DONE : null,
    resolutionDate: done ? fields.updated : null,
    statusCategoryChangeDate: fields.updated,
    custom: {},
    properties: {},
    ...rest,
  };
}

const subtask = (n: number, parent: number, summary: string, statusId: string, created: string, updated: string, assigneeId: string | null = EMMA.accountId) =>
  item({
    n,
    parentId: String(10000 + parent),
    issueTypeId: ISSUE_TYPE.subtask,
    summary,
    statusId,
    created,
    updated,
    assigneeId,
    reporterId: EMMA.accountId,
    creatorId: EMMA.accountId,
  });

const story = (why: string, criteria: string[]) => doc(heading(3, 'Why'), paragraph(why), heading(3, 'Acceptance criteria'), bulletList(...criteria));
const custom = (points: number, releaseNotes: string, risk: string) => ({
  customfield_10016: points,
  customfield_10020: doc(paragraph(releaseNotes)),
  customfield_10030: risk,
});

export function seedIssues(): IssueData[] {
  return [
    item({
      n: 1,
      issueTypeId: ISSUE_TYPE.task,
      statusId: STATUS.done,
      summary: 'Upgrade the payment provider SDK to v5',
      priorityId: PRIORITY.high,
      assigneeId: EMMA.accountId,
      reporterId: ALEX.accountId,
      creatorId: ALEX.accountId,
      labels: ['tech-debt'],
      fixVersionIds: [VERSION.v2026_11],
      componentIds: [COMPONENT.payments],
      created: at('2026-10-12'),
      updated: at('2026-11-03', '16:40:57.310'),
      description: doc(paragraph('The v4 SDK reaches end of life on 31 January 2027. v5 adds the card tokenisation API that saved cards (ABC-2) need.')),
    }),
    item({
      n: 2,
      issueTypeId: ISSUE_TYPE.story,
      statusId: STATUS.readyForQa,
      summary: 'Save cards for faster checkout',
      priorityId: PRIORITY.high,
      assigneeId: EMMA.accountId,
      labels: ['checkout', 'payments'],
      fixVersionIds: [VERSION.v2026_12],
      componentIds: [COMPONENT.payments, COMPONENT.web],
      created: at('2026-10-14'),
      updated: at('2026-11-18', '15:02:11.415'),
      description: story('Returning customers type their card number on every order, and 18% of mobile checkouts are abandoned on the payment step.', [
        'Signed-in customers can tick "Save this card" when they pay',
        'Saved cards are offered first on the payment step, newest first',
        'Customers can remove a saved card from their account page',
      ]),
      custom: custom(8, 'You can now save a card at checkout and pay with it next time without typing the number again.', RISK_OPTION.high),
    }),
    item({
      n: 3,
      issueTypeId: ISSUE_TYPE.story,
      statusId: STATUS.inProgress,
      summary: 'Apply promo codes at checkout',
      assigneeId: EMMA.accountId,
      labels: ['checkout', 'promotions'],
      fixVersionIds: [VERSION.v2026_12],
      componentIds: [COMPONENT.promotions, COMPONENT.web],
      created: at('2026-10-20'),
      updated: at('2026-11-19', '11:25:03.118'),
      description: story('Marketing runs promo campaigns every month, but customers can only redeem codes by calling support.', [
        'Customers can enter one promo code on the payment step',
        'A valid code shows the discount in the order summary before payment',
        'An expired or unknown code shows why it cannot be used',
      ]),
      custom: custom(5, 'You can now enter a promo code at checkout and see the discount before you pay.', RISK_OPTION.medium),
    }),
    item({
      n: 4,
      issueTypeId: ISSUE_TYPE.task,
      statusId: STATUS.inProgress,
      summary: 'Promo service: rate-limit the redemption endpoint',
      priorityId: PRIORITY.high,
      assigneeId: ALEX.accountId,
      reporterId: ALEX.accountId,
      creatorId: ALEX.accountId,
      labels: ['backend'],
      fixVersionIds: [VERSION.v2026_12],
      componentIds: [COMPONENT.promotions],
      created: at('2026-10-21'),
      updated: at('2026-11-17', '10:44:20.006'),
      description: doc(
        paragraph(
          'Without a rate limit, promo codes can be guessed by brute force. Limit redemption attempts to 10 per customer per hour before promo codes go live (ABC-3).',
        ),
      ),
    }),
    item({
      n: 5,
      issueTypeId: ISSUE_TYPE.story,
      statusId: STATUS.readyForQa,
      summary: 'Show the delivery estimate on the order summary',
      assigneeId: EMMA.accountId,
      labels: ['checkout', 'delivery'],
      componentIds: [COMPONENT.delivery, COMPONENT.web],
      created: at('2026-10-26'),
      updated: at('2026-11-16', '17:31:48.752'),
      description: blankDoc(),
      custom: custom(3, 'The order summary now shows when your order should arrive.', RISK_OPTION.low),
    }),
    subtask(6, 2, 'API: store card tokens from the payment provider', STATUS.done, at('2026-10-15'), at('2026-11-06', '14:10:00.000')),
    subtask(7, 2, 'Web: saved-card picker on the payment step', STATUS.done, at('2026-10-15'), at('2026-11-12', '12:30:00.000')),
    subtask(8, 3, 'API: validate and redeem promo codes', STATUS.inProgress, at('2026-10-21'), at('2026-11-18', '09:05:00.000')),
    subtask(9, 3, 'Web: promo code field on the payment step', STATUS.toDo, at('2026-10-21'), at('2026-10-21'), null),
    item({
      n: 10,
      issueTypeId: ISSUE_TYPE.story,
      statusId: STATUS.inProgress,
      summary: 'Express checkout with Apple Pay',
      assigneeId: EMMA.accountId,
      labels: ['checkout', 'payments', 'wallets'],
      fixVersionIds: [VERSION.v2027_01],
      componentIds: [COMPONENT.payments, COMPONENT.web],
      created: at('2026-11-02'),
      updated: at('2026-11-20', '16:12:09.540'),
      description: story('Half of our mobile traffic is on iPhones, and wallet payments convert better than card forms.', [
        'Safari users with Apple Pay set up see an Apple Pay button on the basket page',
        'Paying with Apple Pay skips the address and payment steps',
        'Users without Apple Pay see no change',
      ]),
      custom: custom(8, 'You can now pay with Apple Pay straight from your basket.', RISK_OPTION.high),
    }),
    subtask(11, 10, 'Web: Apple Pay button on the basket page', STATUS.done, at('2026-11-03'), at('2026-11-19', '13:45:00.000')),
    item({
      n: 12,
      issueTypeId: ISSUE_TYPE.bug,
      statusId: STATUS.toDo,
      summary: 'Card declined message shows a raw error code',
      priorityId: PRIORITY.high,
      reporterId: QUINN.accountId,
      creatorId: QUINN.accountId,
      labels: ['payments', 'copy'],
      componentIds: [COMPONENT.payments],
      created: at('2026-11-19', '08:55:12.004'),
      updated: at('2026-11-19', '08:55:12.004'),
      description: doc(
        heading(3, 'Steps to reproduce'),
        bulletList('Pay with the test card 4000 0000 0000 0002', 'Submit the payment step'),
        heading(3, 'Expected'),
        paragraph('"Your bank declined this card. Try another card or contact your bank."'),
        heading(3, 'Actual'),
        paragraph('"Error: card_declined (generic_decline)"'),
      ),
    }),
    item({
      n: 13,
      issueTypeId: ISSUE_TYPE.task,
      statusId: STATUS.toDo,
      summary: 'Add checkout funnel events to the analytics plan',
      priorityId: PRIORITY.low,
      assigneeId: PRIYA.accountId,
      labels: ['analytics'],
      fixVersionIds: [VERSION.v2027_01],
      componentIds: [COMPONENT.web],
      created: at('2026-11-20', '10:02:00.000'),
      updated: at('2026-11-20', '10:02:00.000'),
      description: doc(paragraph('List the events for basket viewed, payment step viewed, payment submitted and order confirmed, with their properties.')),
    }),
    ...historyIssues(),
  ];
}

export function seedLinks(): LinkData[] {
  return [
    { id: '10100', typeId: LINK_TYPE.blocks, sourceId: SEED_ISSUES.sdkUpgrade.id, targetId: SEED_ISSUES.savedCards.id },
    { id: '10101', typeId: LINK_TYPE.blocks, sourceId: SEED_ISSUES.rateLimit.id, targetId: SEED_ISSUES.promoCodes.id },
    { id: '10102', typeId: LINK_TYPE.relates, sourceId: SEED_ISSUES.declinedMessage.id, targetId: SEED_ISSUES.savedCards.id },
  ];
}
