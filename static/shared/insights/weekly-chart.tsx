import './insight-figures.css';
import { ColumnChart } from '../column-chart';
import { useT } from '../use-t';
import type { InsightsData } from './insights-types';

const shortWeek = (week: string) => week.slice(5);

/** Attempts per week, blocked ones stacked under passed ones; the figures as a table for screen readers. */
export function WeeklyChart({ data }: { data: InsightsData }) {
  const t = useT();
  const columns = data.weeks.map((w) => ({
    label: shortWeek(w.week),
    parts: [
      { name: t('insights.blockedAttempts'), value: w.blocked, colour: 'var(--ds-chart-danger, #e2483d)' },
      { name: t('insights.passedAttempts'), value: w.attempts - w.blocked, colour: 'var(--ds-chart-success, #22a06b)' },
    ],
  }));
  const table = (
    <table data-testid="weekly-table">
      <caption>{t('insights.weeklyTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.column.week')}</th>
          <th scope="col">{t('insights.column.attempts')}</th>
          <th scope="col">{t('insights.column.blocked')}</th>
          <th scope="col">{t('insights.column.itemsBlocked')}</th>
          <th scope="col">{t('insights.column.itemsPassed')}</th>
          <th scope="col">{t('insights.column.waivers')}</th>
        </tr>
      </thead>
      <tbody>
        {data.weeks.map((w) => (
          <tr key={w.week}>
            <th scope="row">{w.week}</th>
            <td>{w.attempts}</td>
            <td>{w.blocked}</td>
            <td>{w.itemsBlocked}</td>
            <td>{w.itemsPassed}</td>
            <td>{w.waivers}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="ins-card">
      <ColumnChart title={t('insights.weeklyTitle')} columns={columns} table={table} testId="weekly-chart" labelEvery={Math.ceil(data.weeks.length / 13)} />
      <p className="ins-legend">
        <span className="ins-key ins-key-blocked" aria-hidden="true" /> {t('insights.blockedAttempts')}
        <span className="ins-key ins-key-passed" aria-hidden="true" /> {t('insights.passedAttempts')}
      </p>
    </section>
  );
}
