/**
 * The app's storage as the sandbox starts: project ABC's gates and the records of the demo
 * items, consistent with the stand-in's seed (see SEED_ISSUES for what each item shows), and the
 * team-managed project MOB's one gate.
 */
import { GATES_FORMAT, type Gate, type GatesFile } from '../../src/domain/gates/gate-schema';
import { definitionOfDoneTemplate, readyForQaTemplate } from '../../src/domain/templates';
import { RECORDS_FORMAT, type GateRecords, type Handoff, type ItemRecords } from '../../src/domain/records/records-schema';
import { projectAliasKey, projectGatesKey } from '../../src/gates/project-keys';
import { PROJECT_ID, TEAM_PROJECT_ID } from './seed-config';
import { recordsKey } from '../../src/records/records-store';
import { PROJECT_INDEX_KEY } from '../../src/config/project-index';
import { ALEX, EMMA, PRIYA, QUINN } from './demo-users';
import { SEED_ISSUES } from './seed-issues';
import { historyRecords } from './seed-history-issues';
import { APPLE_PAY_HANDOFF, DELIVERY_ESTIMATE_HANDOFF, PROMO_CODES_HANDOFF, SAVED_CARDS_HANDOFF } from './seed-handoffs';

const GATED_TYPES = { issueTypes: ['Story', 'Bug'] };
/** In the demo, only QA verify expected behaviours (Quinn is in group `qa`). */
export const SEED_QA_VERIFIERS = { groups: ['qa'] };
/** Where the demo's QA verify: offered when they record a result. */
export const SEED_ENVIRONMENTS = ['Staging', 'Production', 'Developer laptop'];

/** Definition of Done from the template, with a fix version demanded first. Tasks are not gated. */
export function seedDefinitionOfDone(): Gate {
  const template = structuredClone(definitionOfDoneTemplate);
  return {
    ...template,
    appliesTo: GATED_TYPES,
    qaVerifiers: SEED_QA_VERIFIERS,
    environments: SEED_ENVIRONMENTS,
    criteria: [
      { id: 'fix-version', kind: 'field-set', field: 'fixVersions', label: 'Fix version is set', hint: 'Set Fix versions to the release this ships in.' },
      ...template.criteria,
    ],
  };
}

export function seedGatesFile(): GatesFile {
  return {
    format: GATES_FORMAT,
    gates: [seedDefinitionOfDone(), { ...structuredClone(readyForQaTemplate), appliesTo: GATED_TYPES, qaVerifiers: SEED_QA_VERIFIERS }],
  };
}

/** Who plausibly confirms each manual item of the Definition of Done. */
const TICKED_BY: Record<string, string> = {
  'analytics-live': PRIYA.accountId,
  'copy-final': PRIYA.accountId,
  'teams-briefed': PRIYA.accountId,
  'rollout-controls': EMMA.accountId,
  'usability-evidence': PRIYA.accountId,
};

function ticks(gate: Gate, at: string): NonNullable<GateRecords['ticks']> {
  const manual = gate.criteria.filter((criterion) => criterion.kind === 'manual');
  return Object.fromEntries(manual.map((criterion) => [criterion.id, { accountId: TICKED_BY[criterion.id] ?? PRIYA.accountId, at }]));
}

/** QA passed every behaviour, on the text they saw. */
function verifiedAll(handoff: Handoff, at: string): NonNullable<ItemRecords['verifications']> {
  return Object.fromEntries(
    (handoff.expectedBehaviours ?? []).map((b) => [
      b.id,
      { status: 'passed' as const, accountId: QUINN.accountId, at, text: b.text, groups: ['qa'], mayEdit: true },
    ]),
  );
}

const buildDeployed = (at: string): GateRecords => ({ ticks: { 'build-available': { accountId: EMMA.accountId, at } } });

/** Handed over, verified by QA and every Definition of Done item confirmed. */
function readyToShip(handoff: Handoff, times: { handedOver: string; verified: string; ticked: string }): ItemRecords {
  return {
    format: RECORDS_FORMAT,
    handoff: structuredClone(handoff),
    verifications: verifiedAll(handoff, times.verified),
    gates: {
      'ready-for-qa': buildDeployed(times.handedOver),
      'definition-of-done': { ticks: ticks(seedDefinitionOfDone(), times.ticked) },
    },
  };
}

export function seedRecords(): Record<string, ItemRecords> {
  const deliveryEstimate = readyToShip(DELIVERY_ESTIMATE_HANDOFF, {
    handedOver: '2026-11-13T15:00:00.000Z',
    verified: '2026-11-16T11:20:00.000Z',
    ticked: '2026-11-16T16:45:00.000Z',
  });
  const dod = deliveryEstimate.gates?.['definition-of-done'];
  if (dod) {
    delete dod.ticks?.['usability-evidence'];
    dod.waivers = {
      'usability-evidence': {
        accountId: ALEX.accountId,
        at: '2026-11-16T17:02:00.000Z',
        projectRoles: ['Administrators'],
        groups: [...ALEX.groups],
        reason: 'Reuses the order summary layout tested in the Q3 checkout study; no new interaction.',
      },
    };
  }
  return {
    [SEED_ISSUES.savedCards.id]: readyToShip(SAVED_CARDS_HANDOFF, {
      handedOver: '2026-11-18T14:50:00.000Z',
      verified: '2026-11-19T10:35:00.000Z',
      ticked: '2026-11-20T09:10:00.000Z',
    }),
    [SEED_ISSUES.promoCodes.id]: readyToShip(PROMO_CODES_HANDOFF, {
      handedOver: '2026-11-17T13:00:00.000Z',
      verified: '2026-11-18T16:05:00.000Z',
      ticked: '2026-11-19T09:30:00.000Z',
    }),
    [SEED_ISSUES.deliveryEstimate.id]: deliveryEstimate,
    [SEED_ISSUES.applePay.id]: {
      format: RECORDS_FORMAT,
      handoff: structuredClone(APPLE_PAY_HANDOFF),
      gates: { 'ready-for-qa': buildDeployed('2026-11-20T16:30:00.000Z') },
    },
    ...historyRecords((_gate, at) => ({ ticks: ticks(seedDefinitionOfDone(), at) })),
  };
}

/** The team-managed project MOB's own gate, which its rule screen offers (and Checkout's does not). */
export function seedMobileGatesFile(): GatesFile {
  return {
    format: GATES_FORMAT,
    gates: [
      {
        id: 'app-store-release',
        name: 'App store release',
        criteria: [
          { id: 'fix-version', kind: 'field-set', field: 'fixVersions', label: 'Fix version is set' },
          { id: 'store-notes', kind: 'manual', label: 'Store listing notes are written' },
        ],
      },
    ],
  };
}

/** Key-value store contents (key → JSON value) the sandbox's app storage starts with. */
export function seedAppStorage(): Record<string, unknown> {
  const records = Object.entries(seedRecords()).map(([issueId, value]) => [recordsKey(issueId), value] as const);
  return {
    [projectGatesKey(PROJECT_ID)]: seedGatesFile(),
    [projectAliasKey('ABC')]: { id: PROJECT_ID },
    [projectGatesKey(TEAM_PROJECT_ID)]: seedMobileGatesFile(),
    [projectAliasKey('MOB')]: { id: TEAM_PROJECT_ID },
    [PROJECT_INDEX_KEY]: {
      projects: [
        { key: 'ABC', id: PROJECT_ID },
        { key: 'MOB', id: TEAM_PROJECT_ID },
      ],
    },
    ...Object.fromEntries(records),
  };
}
