import type { GateProgress } from '../domain/summary/gate-progress';
import { gateShortName } from '../domain/gate-short-name/gate-short-name';
import { englishSay } from '../domain/words/english';
import type { Say } from '../domain/words/say';

export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/** What a `jira:issueContext` dynamicProperties function returns: the status shown beside the label. */
export interface ContextStatus {
  status: { type: 'lozenge'; value: { label: string; type: LozengeAppearance } };
}

const lozenge = (label: string, type: LozengeAppearance): ContextStatus => ({ status: { type: 'lozenge', value: { label, type } } });

/** Shown whenever the figures cannot be (or may not be) shown: it says nothing about the item. */
export const unavailableStatus = (say: Say = englishSay) => lozenge(say('context.status.unavailable'), 'default');
export const UNAVAILABLE_STATUS = unavailableStatus();

/**
 * The compact status of a work item's applicable gates, in the gate set's order: the first gate
 * that does not pass with its required criteria met ("DoD 6/8"), else "Gates pass".
 */
export function statusOf(progress: readonly GateProgress[], say: Say = englishSay): ContextStatus {
  if (progress.length === 0) return lozenge(say('context.status.noGates'), 'default');
  const open = progress.find((p) => !p.passed);
  if (!open) return lozenge(say('context.status.gatesPass'), 'success');
  return lozenge(`${gateShortName(open.gateName)} ${open.met}/${open.required}`, 'inprogress');
}
