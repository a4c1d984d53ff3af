import { failingRequired, type Verdict } from './verdict';
import { plural, type Say } from './words/say';

/**
 * The text Jira shows when a gate blocks a transition: one line per failing required
 * criterion with its reason and how to fix it, then where to do it; in `say`'s language.
 */
export function blockMessage(verdict: Verdict, say: Say): string {
  const failing = failingRequired(verdict);
  const required = verdict.results.filter((r) => r.required).length;
  const lines = [plural(say, 'gate.block.header', required, { gate: verdict.gateName, failing: failing.length, issue: verdict.issue })];
  for (const r of failing) lines.push(say('gate.block.line', { label: r.label, reason: r.reason, hint: r.hint }));
  lines.push(say('gate.block.footer'));
  return lines.join('\n');
}
