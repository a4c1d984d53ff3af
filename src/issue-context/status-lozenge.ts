import type { GateProgress } from '../domain/summary/gate-progress';
import { gateShortName } from '../domain/gate-short-name/gate-short-name';

export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/** What a `jira:issueContext` dynamicProperties function returns: the status shown beside the label. */
export interface ContextStatus {
  status: { type: 'lozenge'; value: { label: string; type: LozengeAppearance } };
}

const lozenge = (label: string, type: LozengeAppearance): ContextStatus => ({ status: { type: 'lozenge', value: { label, type } } });

/** Shown whenever the figures cannot be (or may not be) shown: it says nothing about the item. */
export const UNAVAILABLE_STATUS = lozenge('Unavailable', 'default');
export const NO_GATES_STATUS = lozenge('No gates', 'default');
export const GATES_PASS_STATUS = lozenge('Gates pass', 'success');

/**
 * The compact status of a work item's applicable gates, in the gate set's order: the first gate
 * that does not pass with its required criteria met ("DoD 6/8"), else "Gates pass".
 */
export function statusOf(progress: readonly GateProgress[]): ContextStatus {
  if (progress.length === 0) return NO_GATES_STATUS;
  const open = progress.find((p) => !p.passed);
  if (!open) return GATES_PASS_STATUS;
  return lozenge(`${gateShortName(open.gateName)} ${open.met}/${open.required}`, 'inprogress');
}
