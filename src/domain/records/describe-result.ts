import type { Verification } from './records-schema';

/**
 * A result as the audit trail keeps it, in the app's own words (the trail is English, like
 * Jira's history): "passed on Staging with screenshot.png, https://ci/1: note".
 */
export function describeResult(v: Verification, currentText: string): string {
  const older = v.text === currentText ? '' : ' (on older text)';
  const where = v.environment ? ` on ${v.environment}` : '';
  const shown = (v.evidence ?? []).map((e) => (e.kind === 'attachment' ? e.filename : e.url));
  const withEvidence = shown.length ? ` with ${shown.join(', ')}` : '';
  return `${v.status}${older}${where}${withEvidence}${v.note ? `: ${v.note}` : ''}`;
}
