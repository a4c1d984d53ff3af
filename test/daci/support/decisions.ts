import { DACI_FORMAT, type DaciTable, type Decision } from '../../../src/domain/daci/daci-schema';
import { PEOPLE } from './fake-confluence';

export function decision(id: string, overrides: Partial<Decision> = {}): Decision {
  return {
    id,
    title: `Decision ${id}`,
    status: 'in-progress',
    impact: 'medium',
    driver: PEOPLE.priya.accountId,
    approver: PEOPLE.alex.accountId,
    contributors: [PEOPLE.emma.accountId],
    informed: [PEOPLE.quinn.accountId],
    outcome: '',
    background: '',
    options: [],
    jiraKeys: [],
    actionItems: [],
    ...overrides,
  };
}

export const table = (...decisions: Decision[]): DaciTable => ({ format: DACI_FORMAT, title: 'Saved cards decisions', decisions });
