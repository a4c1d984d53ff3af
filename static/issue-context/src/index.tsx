// The entry sends the view's one backend call, then imports the view: React and the view are
// evaluated in a later task, while the call is on its way (see bench/README.md).
import { view } from '@forge/bridge';
import { firstCallSent } from '../../shared/first-call-sent';
import { firstPanel, firstTranslate } from './first-panel';
import { ds } from './ds';

// The frame's own surface, so text keeps its contrast in dark mode (an unset body is white).
document.body.style.background = ds.surface;
document.body.style.margin = '0';
void view.theme.enable();
void firstCallSent()
  .then(() => import('./context-view.preloaded'))
  .then(({ mountContextView }) => mountContextView(firstPanel, firstTranslate));
