import './insight-figures.css';
import { useT } from '../use-t';
import { useDuration } from './duration';
import type { InsightsData } from './insights-types';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The page's answers in one line each: what blocks most, how long items wait, how often checks are waived. */
export function InsightsSummary({ data }: { data: InsightsData }) {
  const t = useT();
  const duration = useDuration();
  const top = data.criteria[0];
  const { p50, p85, p95, items } = data.timeBlocked;
  return (
    <dl className="ins-summary" data-testid="insights-summary">
      <div>
        <dt>{t('insights.summary.attempts')}</dt>
        <dd>
          {t('insights.summary.attemptsValue', {
            attempts: data.attempts,
            blocked: data.blocked,
            share: percent(data.attempts ? data.blocked / data.attempts : 0),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('insights.summary.topBlocker')}</dt>
        <dd data-testid="insights-top-blocker">
          {top && top.blocked > 0 ? t('insights.summary.topBlockerValue', { check: top.label, blocked: top.blocked, share: percent(top.share) }) : '—'}
        </dd>
      </div>
      <div>
        <dt>{t('insights.summary.timeBlocked')}</dt>
        <dd data-testid="insights-time-blocked">
          {items > 0 && p50 !== undefined && p85 !== undefined && p95 !== undefined
            ? t('insights.summary.timeBlockedValue', { p50: duration(p50), p85: duration(p85), p95: duration(p95), items })
            : t('insights.summary.noneBlocked')}
        </dd>
      </div>
      <div>
        <dt>{t('insights.summary.waiverRate')}</dt>
        <dd data-testid="insights-waiver-rate">{percent(data.waiverRate)}</dd>
      </div>
    </dl>
  );
}
