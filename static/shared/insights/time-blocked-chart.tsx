import './insight-figures.css';
import { ColumnChart } from '../column-chart';
import { useT } from '../use-t';
import { useDuration } from './duration';
import type { InsightsData } from './insights-types';

/** How long items waited between their first blocked attempt and passing, in readable bins, with the percentiles. */
export function TimeBlockedChart({ data }: { data: InsightsData }) {
  const t = useT();
  const duration = useDuration();
  const { bins, p50, p85, p95 } = data.timeBlocked;
  const columns = bins.map((bin) => ({
    label: t(`insights.bin.${bin.key}`),
    parts: [{ name: t('insights.column.items'), value: bin.count, colour: 'var(--ds-chart-brand, #357de8)' }],
  }));
  const table = (
    <table data-testid="time-blocked-table">
      <caption>{t('insights.timeBlockedTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.column.waited')}</th>
          <th scope="col">{t('insights.column.items')}</th>
        </tr>
      </thead>
      <tbody>
        {bins.map((bin) => (
          <tr key={bin.key}>
            <th scope="row">{t(`insights.bin.${bin.key}`)}</th>
            <td>{bin.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="ins-card">
      <ColumnChart title={t('insights.timeBlockedTitle')} columns={columns} table={table} testId="time-blocked-chart" />
      <p className="ins-legend" data-testid="time-blocked-percentiles">
        {p50 !== undefined && p85 !== undefined && p95 !== undefined
          ? t('insights.percentiles', { p50: duration(p50), p85: duration(p85), p95: duration(p95) })
          : t('insights.summary.noneBlocked')}
      </p>
    </section>
  );
}
