import { useEffect, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import type { EarlyAnswer } from '../../shared/early-answer';
import { ErrorMessage } from '../../shared/error-message';
import { CriteriaChart } from '../../shared/insights/criteria-chart';
import { InsightsSummary } from '../../shared/insights/insights-summary';
import type { InsightsData } from '../../shared/insights/insights-types';
import { WeeklyChart } from '../../shared/insights/weekly-chart';
import type { Envelope } from '../../../src/resolvers/envelope';
import { useT } from '../../shared/use-t';
import type { GadgetConfig } from './gadget-config';

interface First {
  config: GadgetConfig | undefined;
  siteUrl: string | undefined;
  answer: Envelope<InsightsData> | undefined;
}

/** One project's gate figures on a dashboard: the page's summary, attempts per week and the checks that block most. */
export function GadgetView({ first }: { first: EarlyAnswer<First> }) {
  const t = useT();
  const [loaded, setLoaded] = useState<First | undefined>(() => first.settled()?.value);
  useEffect(() => void first.promise.then(setLoaded), [first]);
  if (!loaded)
    return (
      <div className="gadget gadget-loading">
        <Spinner size="medium" label={t('insights.loading')} />
      </div>
    );
  if (!loaded.config || !loaded.answer)
    return (
      <p className="gadget ins-muted" data-testid="gadget-unconfigured">
        {t('insights.gadget.unconfigured')}
      </p>
    );
  if (!loaded.answer.ok) return <ErrorMessage error={loaded.answer.error} testId="gadget-error" />;
  const data = loaded.answer.data;
  const gate = data.gates.find((g) => g.id === data.gateId)?.name ?? data.gateId ?? '';
  return (
    <div className="gadget" data-testid="gadget-content">
      <p className="gadget-title">
        {t('insights.gadget.heading', { project: `${loaded.config.project.name} (${data.project.key})`, gate, weeks: data.period.weeks })}
      </p>
      <InsightsSummary data={data} />
      <WeeklyChart data={data} />
      <CriteriaChart data={{ ...data, criteria: data.criteria.slice(0, 5) }} siteUrl={loaded.siteUrl} />
    </div>
  );
}
