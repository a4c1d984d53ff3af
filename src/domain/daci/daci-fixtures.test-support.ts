import { DACI_FORMAT, type DaciTable, type Decision } from './daci-schema';

/** A valid decision; override what a test is about. */
export function aDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'storage',
    title: 'Where do we store card tokens?',
    status: 'in-progress',
    impact: 'high',
    driver: 'acc-priya',
    approver: 'acc-alex',
    contributors: ['acc-emma'],
    informed: ['acc-quinn'],
    due: '2026-12-01',
    outcome: '',
    background: 'PCI scope matters.',
    options: [{ description: 'Vault', pros: 'No PCI', cons: 'Cost', cost: '$2k/mo' }],
    jiraKeys: ['ABC-2'],
    actionItems: [],
    ...overrides,
  };
}

export const aTable = (decisions: Decision[] = [aDecision()]): DaciTable => ({ format: DACI_FORMAT, title: 'Saved cards decisions', decisions });
