import { useEffect, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import { callResolver } from '../../shared/call-resolver';
import type { EarlyAnswer } from '../../shared/early-answer';
import { ErrorMessage } from '../../shared/error-message';
import { useQueried } from '../../shared/use-queried';
import { useT } from '../../shared/use-t';
import { BlockedNowTable } from './blocked-now-table';
import { CriteriaChart } from '../../shared/insights/criteria-chart';
import { ExportButtons } from './export-buttons';
import { siteUrl as siteUrlPromise } from './first-insights';
import { InsightsControls } from './insights-controls';
import { InsightsSummary } from '../../shared/insights/insights-summary';
import { TimeBlockedChart } from '../../shared/insights/time-blocked-chart';
import type { Envelope, InsightsData, InsightsQuery } from './types';
import { WeeklyChart } from '../../shared/insights/weekly-chart';

const FIRST_QUERY: InsightsQuery = {};
const ask = (query: InsightsQuery) => callResolver<InsightsData>('page', 'getInsights', { ...query });

/** The project's gate insights: a gate and a period, then their figures. One backend call per load or change. */
export function InsightsApp({ first }: { first: EarlyAnswer<Envelope<InsightsData>> }) {
  const t = useT();
  const { data, error, loading, setQuery } = useQueried(first, FIRST_QUERY, ask);
  const [siteUrl, setSiteUrl] = useState<string | undefined>();
  useEffect(() => void siteUrlPromise.then(setSiteUrl), []);
  return (
    <main className="ins" aria-busy={loading}>
      <h1 className="ins-heading">{t('insights.heading')}</h1>
      {error && <ErrorMessage error={error} testId="insights-error" />}
      {!data && loading && (
        <div className="ins-loading">
          <Spinner size="medium" label={t('insights.loading')} />
        </div>
      )}
      {data && data.gates.length === 0 && (
        <p className="ins-muted" data-testid="insights-empty">
          {t('insights.empty')}
        </p>
      )}
      {data && data.gates.length > 0 && (
        <div data-testid="insights-content">
          <InsightsControls data={data} onChange={(change) => setQuery((was) => ({ ...was, ...change }))} />
          <InsightsSummary data={data} />
          <div className="ins-grid">
            <WeeklyChart data={data} />
            <TimeBlockedChart data={data} />
          </div>
          <CriteriaChart data={data} siteUrl={siteUrl} />
          <BlockedNowTable data={data} siteUrl={siteUrl} />
          <ExportButtons data={data} />
        </div>
      )}
    </main>
  );
}
