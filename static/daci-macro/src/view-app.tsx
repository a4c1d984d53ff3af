import { problemPlace } from '../../../src/domain/daci/problem-place';
import type { EarlyAnswer } from '../../shared/early-answer';
import { DecisionTable } from './decision-table';
import { ErrorMessage } from '../../shared/error-message';
import type { FirstTable } from './first-table';
import { useTable } from './use-table';
import { WhereContext } from '../../shared/when';
import { useT } from '../../shared/use-t';

/** The macro in the page: one `getTable` call, then the table, a readable problem, or the empty state. */
export function ViewApp({ firstTable }: { firstTable: EarlyAnswer<FirstTable> }) {
  const t = useT();
  const { load, replace, where } = useTable(firstTable);
  if (load.state === 'loading')
    return (
      <div className="daci">
        <p className="daci-status" role="status">
          {t('daci.loading')}
        </p>
      </div>
    );
  if (load.state === 'failed')
    return (
      <div className="daci">
        <ErrorMessage title={t('daci.cannotShow')} error={load.error} placeOf={problemPlace} />
      </div>
    );
  const { data, people, siteUrl } = load;
  if (data.state === 'empty') {
    return (
      <div className="daci">
        <p className="daci-muted">{t('daci.emptyPage')}</p>
      </div>
    );
  }
  if (data.state === 'invalid') {
    return (
      <div className="daci">
        <ErrorMessage title={t('daci.invalidTitle')} error={{ message: t('daci.invalidBody'), problems: data.problems }} placeOf={problemPlace} />
      </div>
    );
  }
  return (
    <div className="daci">
      <WhereContext.Provider value={where}>
        <DecisionTable data={data} people={people} siteUrl={siteUrl} onSaved={replace} />
      </WhereContext.Provider>
    </div>
  );
}
