import '../../shared/insights/insight-figures.css';
import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import { plural } from '../../shared/translate';
import { useT } from '../../shared/use-t';
import { When } from '../../shared/when';
import { useDuration } from '../../shared/insights/duration';
import type { InsightsData } from './types';

/** The items the gate blocks now (those the viewer may browse), longest waiting first. */
export function BlockedNowTable({ data, siteUrl }: { data: InsightsData; siteUrl: string | undefined }) {
  const t = useT();
  const duration = useDuration();
  const { items, hidden, checkFailed } = data.blockedNow;
  const head = {
    cells: [
      { key: 'key', content: t('insights.column.item') },
      { key: 'summary', content: t('insights.column.summary'), width: 40 },
      { key: 'status', content: t('insights.column.status') },
      { key: 'since', content: t('insights.column.since') },
      { key: 'waited', content: t('insights.column.waited') },
    ],
  };
  const rows = items.map((item) => ({
    key: item.key,
    cells: [
      {
        key: 'key',
        content: siteUrl ? (
          <a href={`${siteUrl}/browse/${encodeURIComponent(item.key)}`} target="_blank" rel="noopener noreferrer">
            {item.key}
          </a>
        ) : (
          item.key
        ),
      },
      { key: 'summary', content: item.summary },
      { key: 'status', content: item.status },
      { key: 'since', content: <When at={new Date(item.since).toISOString()} /> },
      { key: 'waited', content: duration(item.waited) },
    ],
  }));
  return (
    <section className="ins-card" data-testid="blocked-now">
      <h2 className="ss-chart-title">{t('insights.blockedNowTitle')}</h2>
      <DynamicTableStateless head={head} rows={rows} emptyView={<p className="ins-muted">{t('insights.noneBlockedNow')}</p>} />
      {hidden > 0 && <p className="ins-muted">{plural(t, checkFailed ? 'insights.blockedUnchecked' : 'insights.blockedHidden', hidden)}</p>}
    </section>
  );
}
