import { daysBetween } from '../../../src/domain/daci/days-between';
import { Lozenge } from '../../shared/lozenge';
import { FillNodes } from '../../shared/fill-nodes';
import { When } from '../../shared/when';
import { plural, type Translate } from '../../shared/translate';
import { useT } from '../../shared/use-t';
import { nameOf, type ShownPeople } from './people';
import type { DecisionChange } from './types';

function whatChanged(t: Translate, change: DecisionChange): string {
  const after = change.at && change.decided.at ? daysBetween(change.decided.at, change.at) : 0;
  const when = after === 0 ? t('daci.history.sameDay') : plural(t, 'daci.history.daysAfter', after);
  if (change.kind === 'reopened') return t('daci.history.reopened', { when });
  return t('daci.history.changed', { what: change.changed.map((f) => t(`daci.history.facet.${f}`)).join(', '), when });
}

/** One change to a decided decision: what, how long after the decision, by whom, on which page version. */
function Change({ change, people }: { change: DecisionChange; people: ShownPeople }) {
  const t = useT();
  return (
    <FillNodes
      text={t('daci.history.line')}
      parts={{
        what: whatChanged(t, change),
        person: <strong>{(change.by && nameOf(people, change.by)) || t('person.unknown')}</strong>,
        version: String(change.pageVersion),
        at: <When at={change.at} withOn />,
      }}
    />
  );
}

/** Under a decision's title: the latest change made after it was decided, so a relitigated decision stands out. */
export function LatestChange({ changes, people, id }: { changes: DecisionChange[]; people: ShownPeople; id: string }) {
  const t = useT();
  const latest = changes.at(-1);
  if (!latest) return null;
  return (
    <div className="daci-relitigated daci-muted" data-testid={`history-${id}`}>
      <Lozenge appearance="moved">{t(latest.kind === 'reopened' ? 'daci.history.reopenedLabel' : 'daci.history.changedLabel')}</Lozenge>{' '}
      <Change change={latest} people={people} />
    </div>
  );
}

/** In a decision's details: every change made after it was decided, newest first. */
export function ChangeList({ changes, people, id }: { changes: DecisionChange[]; people: ShownPeople; id: string }) {
  const t = useT();
  if (changes.length === 0) return null;
  return (
    <>
      <h4>{t('daci.history.heading')}</h4>
      <ul data-testid={`history-list-${id}`}>
        {[...changes].reverse().map((change, i) => (
          <li key={i}>
            <Change change={change} people={people} />
          </li>
        ))}
      </ul>
    </>
  );
}
