import type { Decision } from './types';
import { useT } from '../../shared/use-t';

/** What a row expands to: background, the options considered and the linked work items. */
export function DecisionDetails({ decision, id }: { decision: Decision; id: string }) {
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
      <h4>{t('daci.linkedItems')}</h4>
      <p className="daci-text">{decision.jiraKeys.length ? decision.jiraKeys.join(', ') : '—'}</p>
    </div>
  );
}
