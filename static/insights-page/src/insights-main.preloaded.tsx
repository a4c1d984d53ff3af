import { createRoot } from 'react-dom/client';
import type { EarlyAnswer } from '../../shared/early-answer';
import type { Translate } from '../../shared/translate';
import { Translated } from '../../shared/translated';
import { WhereFromForge } from '../../shared/use-forge-where';
import { InsightsApp } from './insights-app';
import type { Envelope, InsightsData } from './types';

/** Mounts the insights page; the entry calls it after first-insights has sent the first call. */
export function mountInsights(first: EarlyAnswer<Envelope<InsightsData>>, translate: EarlyAnswer<Translate>): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Translated translate={translate}>
      <WhereFromForge>
        <InsightsApp first={first} />
      </WhereFromForge>
    </Translated>,
  );
}
