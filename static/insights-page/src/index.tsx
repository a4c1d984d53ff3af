// The entry sends the page's one backend call first, then imports the rest (see the DACI view's
// entry): React and the charts are evaluated while the call is on its way.
import { firstInsights, firstTranslate } from './first-insights';
import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './insights.css';
import { view } from '@forge/bridge';
import { firstCallSent } from '../../shared/first-call-sent';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
void firstCallSent()
  .then(() => import('./insights-main.preloaded'))
  .then(({ mountInsights }) => mountInsights(firstInsights, firstTranslate));
