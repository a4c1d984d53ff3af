// The entry sends the view's one backend call and asks for the context, then imports the rest.
// Chromium passes a frame's postMessage to the host only when the task that posted it ends, so
// React and the table are evaluated in a later task, while the call is on its way; index.html
// preloads them with main.js (a `.preloaded` module, see scripts/custom-ui/bundle-sizes.ts).
import { firstTable, firstTranslate } from './first-table';
import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './macro.css';
import { view } from '@forge/bridge';
import { firstCallSent } from '../../shared/first-call-sent';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
void firstCallSent()
  .then(() => import('./view-main.preloaded'))
  .then(({ mountView }) => mountView(firstTable, firstTranslate));
