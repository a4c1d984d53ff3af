// The entry sends the register's one backend call first, then imports the rest (see the DACI
// view's entry): React and the table are evaluated while the call is on its way.
import { firstRegister, firstTranslate } from './first-register';
import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './register.css';
import { view } from '@forge/bridge';
import { firstCallSent } from '../../shared/first-call-sent';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
void firstCallSent()
  .then(() => import('./register-main.preloaded'))
  .then(({ mountRegister }) => mountRegister(firstRegister, firstTranslate));
