import type { DaciTable, Decision } from '../../../src/domain/daci/daci-schema';
import { DACI_FORMAT } from '../../../src/domain/daci/daci-values';

export const newDecisionId = () => `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export const blankDecision = (): Decision => ({
  id: newDecisionId(),
  title: '',
  status: 'not-started',
  impact: 'medium',
  driver: '',
  approver: '',
  contributors: [],
  informed: [],
  outcome: '',
  background: '',
  options: [],
  jiraKeys: [],
  actionItems: [],
});

export const blankTable = (): DaciTable => ({ format: DACI_FORMAT, title: 'Decisions', decisions: [] });

/** Work item keys as typed: commas or spaces between them, upper-cased. */
export const jiraKeysOf = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((k) => k.trim().toUpperCase())
    .filter(Boolean);
