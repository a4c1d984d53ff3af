import './insight-figures.css';
import { useT } from '../use-t';
import type { InsightsData } from './insights-types';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The criteria that blocked most, as a table whose bars are drawn in a cell (screen readers read
 * the figures beside them); each links to a JQL search for the items it blocks now.
 */
export function CriteriaChart({ data, siteUrl }: { data: InsightsData; siteUrl: string | undefined }) {
  const t = useT();
  const rows = data.criteria.slice(0, 15);
  return (
    <section className="ins-card">
      <h2 className="ss-chart-title">{t('insights.criteriaTitle')}</h2>
      {rows.length === 0 ? (
        <p className="ins-muted">{t('insights.noBlocks')}</p>
      ) : (
        <table className="ins-criteria" data-testid="criteria-table">
          <thead>
            <tr>
              <th scope="col">{t('insights.column.check')}</th>
              <th scope="col">{t('insights.column.blocked')}</th>
              <th scope="col" aria-hidden="true" />
              <th scope="col">{t('insights.column.waivers')}</th>
              <th scope="col">{t('insights.column.blockedNow')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.criterionId} data-testid={`criterion-${c.criterionId}`}>
                <th scope="row">{c.label}</th>
                <td>{t('insights.blockedShare', { blocked: c.blocked, share: percent(c.share) })}</td>
                <td className="ins-bar-cell" aria-hidden="true">
                  <span className="ins-bar" style={{ width: `${Math.max(1, c.share * 100)}%` }} />
                </td>
                <td>{c.waivers}</td>
                <td>
                  {siteUrl ? (
                    <a href={`${siteUrl}/issues/?jql=${encodeURIComponent(c.jql)}`} target="_blank" rel="noopener noreferrer">
                      {t('insights.searchItems')}
                    </a>
                  ) : (
                    <code>{c.jql}</code>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
