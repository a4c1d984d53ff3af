import type { Gate } from '../domain/gates/gate-schema';
import { plural, type Say } from '../domain/words/say';

/** The one line the workflow editor shows for a rule: "Requires Definition of Done — 8 criteria". */
export function ruleSummary(gate: Gate | undefined, gateId: string, failOpen: boolean, say: Say): string {
  if (!gate) return say('rule.summary.gone', { gate: gateId });
  const summary = plural(say, 'rule.summary.requires', gate.criteria.length, { gate: gate.name });
  return failOpen ? `${summary} ${say('rule.summary.failOpen')}` : summary;
}
