import { FilterSelect } from '../../shared/filter-select';
import { useT } from '../../shared/use-t';
import { PERIOD_WEEKS } from '../../../src/domain/insights/periods';
import type { InsightsData, InsightsQuery } from './types';

/** The gate and the period the page shows. */
export function InsightsControls({ data, onChange }: { data: InsightsData; onChange(change: InsightsQuery): void }) {
  const t = useT();
  const gates = data.gates.map((g) => ({ value: g.id, label: g.inSet ? g.name : t('insights.gateGone', { gate: g.name }) }));
  const periods = PERIOD_WEEKS.map((weeks) => ({ value: String(weeks), label: t('insights.period', { weeks }) }));
  return (
    <div className="ins-controls">
      <FilterSelect
        id="ins-gate"
        label={t('insights.gate')}
        choices={gates}
        value={data.gateId ? [data.gateId] : []}
        onChange={([gateId]) => gateId && onChange({ gateId })}
        placeholder={t('insights.gate')}
      />
      <FilterSelect
        id="ins-period"
        label={t('insights.periodLabel')}
        choices={periods}
        value={[String(data.period.weeks)]}
        onChange={([weeks]) => onChange({ weeks: Number(weeks ?? 13) as InsightsQuery['weeks'] })}
        placeholder={t('insights.periodLabel')}
      />
    </div>
  );
}
