import { problemPlace } from '../../../src/domain/daci/problem-place';
import type { EarlyAnswer } from '../../shared/early-answer';
import { DecisionTable } from './decision-table';
import { ErrorMessage } from '../../shared/error-message';
import type { FirstTable } from './first-table';
import { useTable } from './use-table';
import { WhereContext } from '../../shared/when';

/** The macro in the page: one `getTable` call, then the table, a readable problem, or the empty state. */
export function ViewApp({ firstTable }: { firstTable: EarlyAnswer<FirstTable> }) {
  const { load, replace, where } = useTable(firstTable);
  if (load.state === 'loading')
    return (
      <div className="daci">
        <p className="daci-status" role="status">
          Loading decisions…
        </p>
      </div>
    );
  if (load.state === 'failed')
    return (
      <div className="daci">
        <ErrorMessage title="The decision table cannot be shown" error={load.error} placeOf={problemPlace} />
      </div>
    );
  const { data, people } = load;
  if (data.state === 'empty') {
    return (
      <div className="daci">
        <p className="daci-muted">No decisions yet. Edit the page and open this macro's settings to add decisions with their Driver and Approver.</p>
      </div>
    );
  }
  if (data.state === 'invalid') {
    return (
      <div className="daci">
        <ErrorMessage
          title="This decision table's saved settings have problems"
          error={{ message: 'Edit the macro to fix them; nothing is shown until they are fixed.', problems: data.problems }}
          placeOf={problemPlace}
        />
      </div>
    );
  }
  return (
    <div className="daci">
      <WhereContext.Provider value={where}>
        <DecisionTable data={data} people={people} onSaved={replace} />
      </WhereContext.Provider>
    </div>
  );
}
