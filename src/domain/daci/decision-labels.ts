import type { DecisionStatus, Impact } from './daci-schema';
import type { SignOffState } from './sign-off';

export const STATUS_LABELS: Readonly<Record<DecisionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  decided: 'Decided',
  deferred: 'Deferred',
};

export const IMPACT_LABELS: Readonly<Record<Impact, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const SIGN_OFF_LABELS: Readonly<Record<SignOffState, string>> = {
  none: 'Awaiting sign-off',
  approved: 'Approved',
  rejected: 'Rejected',
  stale: 'Stale: changed since approval',
  'stale-rejection': 'Stale: changed since rejection',
};
