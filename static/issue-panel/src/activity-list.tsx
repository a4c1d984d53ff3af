import { token } from '@atlaskit/tokens';
import { PersonName } from './person-name';
import { When } from '../../shared/when';
import { gap, listReset, subtle } from './ui';
import type { AuditEntry, PanelData } from './types';

const VERBS: Record<AuditEntry['action'], string> = {
  'save-handoff': 'saved',
  tick: 'ticked',
  untick: 'unticked',
  verify: 'recorded a QA result for',
  approve: 'approved',
  'revoke-approval': 'withdrew their approval of',
  waive: 'waived',
  'revoke-waiver': 'removed the waiver of',
};

/** What an audit target ("handoff", "b2", "gate/criterion") is called on screen. */
export function targetName(target: string, panel: PanelData): string {
  if (target === 'handoff') return 'the handoff package';
  const [gateId, criterionId] = target.split('/');
  if (criterionId !== undefined) {
    const criterion = panel.gates.find((g) => g.id === gateId)?.criteria.find((c) => c.id === criterionId);
    return criterion ? `“${criterion.label}”` : target;
  }
  const index = panel.handoff.expectedBehaviours.findIndex((b) => b.id === target);
  return index >= 0 ? `behaviour ${index + 1}` : `a behaviour no longer in the package`;
}

/** The latest writes, newest first: who did what, when. */
export function ActivityList({ panel }: { panel: PanelData }) {
  return (
    <section aria-labelledby="activity-heading" data-testid="activity">
      <h2 id="activity-heading" style={{ font: token('font.heading.small'), margin: `0 0 ${gap.s}`, color: token('color.text') }}>
        Recent activity
      </h2>
      {panel.activity.length === 0 ? (
        <p style={subtle}>Nothing recorded through Shipshape yet.</p>
      ) : (
        <ul style={listReset}>
          {panel.activity.map((entry) => (
            <li key={`${entry.revision}-${entry.at}`} style={{ padding: `${gap.xs} 0`, font: token('font.body.small'), color: token('color.text') }}>
              <PersonName accountId={entry.accountId} /> {VERBS[entry.action]} {targetName(entry.target, panel)}
              {entry.action === 'verify' ? `: ${entry.after}` : ''}{' '}
              <span style={subtle}>
                · <When at={entry.at} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {panel.activityDropped ? (
        <p style={subtle} data-testid="activity-dropped">
          {panel.activityDropped} older {panel.activityDropped === 1 ? 'entry was' : 'entries were'} removed from the trail to stay within Forge&apos;s storage
          limit.
        </p>
      ) : null}
    </section>
  );
}
