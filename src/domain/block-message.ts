import { failingRequired, type Verdict } from './verdict';
import { plural } from './criteria/criterion-rule';

/**
 * The text Jira shows when a gate blocks a transition: one line per failing required
 * criterion with its reason and how to fix it, then where to do it.
 */
export function blockMessage(verdict: Verdict): string {
  const failing = failingRequired(verdict);
  const required = verdict.results.filter((r) => r.required).length;
  const lines = [`${verdict.gateName}: ${failing.length} of ${plural(required, 'required check')} not met on ${verdict.issue}.`];
  for (const r of failing) lines.push(`✗ ${r.label}: ${r.reason}. Fix: ${r.hint}`);
  lines.push('Open the Shipshape panel on the work item to see every check, then try the transition again.');
  return lines.join('\n');
}
