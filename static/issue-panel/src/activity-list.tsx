import { token } from '@atlaskit/tokens';
import { PersonName } from './person-name';
import { When } from '../../shared/when';
import { FillNodes } from '../../shared/fill-nodes';
import { plural, type Translate } from '../../shared/translate';
import { useT } from '../../shared/use-t';
import { gap, listReset, subtle } from './ui';
import type { AuditEntry, PanelData } from './types';

/** What an audit target ("handoff", "b2", "gate/criterion") is called on screen. */
export function targetName(target: string, panel: PanelData, t: Translate): string {
  if (target === 'handoff') return t('activity.target.handoff');
  const [gateId, criterionId] = target.split('/');
  if (criterionId !== undefined) {
    const criterion = panel.gates.find((g) => g.id === gateId)?.criteria.find((c) => c.id === criterionId);
    return criterion ? `“${criterion.label}”` : target;
  }
  const index = panel.handoff.expectedBehaviours.findIndex((b) => b.id === target);
  return index >= 0 ? t('activity.target.behaviour', { number: index + 1 }) : t('activity.target.goneBehaviour');
}

/** A QA result as the trail keeps it ("failed (on older text): note"), in the person's words. */
function resultText(after: string, t: Translate): string {
  const match = /^(passed|failed|untested)( \(on older text\))?(.*)$/s.exec(after);
  if (!match) return after;
  const [, status, older, rest] = match as unknown as [string, 'passed' | 'failed' | 'untested', string | undefined, string];
  return `${t(`behaviour.state.${status}`)}${older ? ` ${t('activity.onOlderText')}` : ''}${rest}`;
}

/** A package saved although it holds text that looks like a secret: the trail says "; kept anyway: testData (password), …". */
function keptSecretLike(after: string, t: Translate): string {
  const kept = /; kept anyway: (.+)$/s.exec(after)?.[1];
  return kept ? plural(t, 'activity.keptSecretLike', kept.split(', ').length) : '';
}

function Entry({ entry, panel }: { entry: AuditEntry; panel: PanelData }) {
  const t = useT();
  const target = targetName(entry.target, panel, t);
  return (
    <li style={{ padding: `${gap.xs} 0`, font: token('font.body.small'), color: token('color.text') }}>
      <FillNodes text={t(`activity.${entry.action}`)} parts={{ person: <PersonName accountId={entry.accountId} />, target, bug: entry.after }} />
      {entry.action === 'verify' ? `: ${resultText(entry.after, t)}` : ''}
      {entry.action === 'save-handoff' ? keptSecretLike(entry.after, t) : ''}{' '}
      <span style={subtle}>
        · <When at={entry.at} />
      </span>
    </li>
  );
}

/** The latest writes, newest first: who did what, when. */
export function ActivityList({ panel }: { panel: PanelData }) {
  const t = useT();
  return (
    <section aria-labelledby="activity-heading" data-testid="activity">
      <h2 id="activity-heading" style={{ font: token('font.heading.small'), margin: `0 0 ${gap.s}`, color: token('color.text') }}>
        {t('activity.title')}
      </h2>
      {panel.activity.length === 0 ? (
        <p style={subtle}>{t('activity.none')}</p>
      ) : (
        <ul style={listReset}>
          {panel.activity.map((entry) => (
            <Entry key={`${entry.revision}-${entry.at}`} entry={entry} panel={panel} />
          ))}
        </ul>
      )}
      {panel.activityDropped ? (
        <p style={subtle} data-testid="activity-dropped">
          {plural(t, 'activity.dropped', panel.activityDropped)}
        </p>
      ) : null}
    </section>
  );
}
