// The gadget's view: its settings from the context, then its one backend call, then React.
import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './gadget.css';
import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import { callResolver } from '../../shared/call-resolver';
import { earlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import { Translated } from '../../shared/translated';
import { WhereFromForge } from '../../shared/use-forge-where';
import type { InsightsData } from '../../shared/insights/insights-types';
import { gadgetContext } from './gadget-config';
import { GadgetView } from './gadget-view';

void view.theme.enable();
const first = earlyAnswer(
  gadgetContext.then(async ({ config, siteUrl }) => ({
    config,
    siteUrl,
    answer: config
      ? await callResolver<InsightsData>('page', 'getInsights', {
          project: { id: config.project.id, key: config.project.key },
          gateId: config.gateId,
          weeks: config.weeks,
        })
      : undefined,
  })),
);
createRoot(document.getElementById('root') as HTMLElement).render(
  <Translated translate={earlyAnswer(sharedTranslate())}>
    <WhereFromForge>
      <GadgetView first={first} />
    </WhereFromForge>
  </Translated>,
);
