import { isActionItemOverdue } from '../../../src/domain/daci/overdue';
import { Lozenge } from '../../shared/lozenge';
import { Day } from '../../shared/when';
import { useT } from '../../shared/use-t';
import { Names, type ShownPeople } from './people';
import type { Decision, DecisionChange } from './types';
import { ChangeList } from './decision-history';
import { WorkItemLinks } from '../../shared/work-item-links';
import type { FoundItem } from '../../../src/jira/fetch-items';

interface Props {
  decision: Decision;
  id: string;
  people: ShownPeople;
  /** YYYY-MM-DD in the viewer's time zone, for overdue action items. */
  today: string;
  /** Changes made to the decision after it was decided, oldest first. */
  changes: DecisionChange[];
  siteUrl: string | undefined;
  /** The linked work items Jira answered for the viewer, when it could be asked. */
  workItems: FoundItem[] | undefined;
  workItemsUnchecked?: string[] | undefined;
}

/** What a row expands to: background, the options considered, the action items, the linked work items and the changes after the decision. */
export function DecisionDetails({ decision, id, people, today, changes, siteUrl, workItems, workItemsUnchecked }: Props) {
  const t = useT();
  return (
    <div className="daci-details" id={id} data-testid={`details-${decision.id}`}>
      <h4>{t('daci.background')}</h4>
      <p className="daci-text">{decision.background || '—'}</p>
      <h4>{t('daci.options')}</h4>
      {decision.options.length === 0 ? (
        <p className="daci-muted">{t('daci.noOptions')}</p>
      ) : (
        <ol>
          {decision.options.map((o, i) => (
            <li key={i}>
              <span className="daci-text">{o.description}</span>
              <div className="daci-muted daci-text">
                {t('daci.pros')}: {o.pros || '—'} · {t('daci.cons')}: {o.cons || '—'} · {t('daci.cost')}: {o.cost || '—'}
              </div>
            </li>
          ))}
        </ol>
      )}
      <h4>{t('daci.actionItems')}</h4>
      {decision.actionItems.length === 0 ? (
        <p className="daci-muted">{t('daci.noActionItems')}</p>
      ) : (
        <ul data-testid={`action-items-${decision.id}`}>
          {decision.actionItems.map((item, i) => (
            <li key={i} data-done={item.done}>
              <Lozenge appearance={item.done ? 'success' : isActionItemOverdue(item, today) ? 'removed' : 'default'}>
                {t(item.done ? 'daci.actionDone' : isActionItemOverdue(item, today) ? 'daci.overdue' : 'daci.actionOpen')}
              </Lozenge>{' '}
              <span className="daci-text">{item.text}</span>
              {item.owner || item.due ? (
                <span className="daci-muted">
                  {' — '}
                  {item.owner ? <Names ids={[item.owner]} people={people} /> : null}
                  {item.owner && item.due ? ', ' : null}
                  {item.due ? <Day day={item.due} /> : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('daci.linkedItems')}</h4>
      <p>
        <WorkItemLinks keys={decision.jiraKeys} siteUrl={siteUrl} found={workItems} unchecked={workItemsUnchecked} />
      </p>
      <ChangeList changes={changes} people={people} id={decision.id} />
    </div>
  );
}
