import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './register.css';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { WhereFromForge } from '../../shared/use-forge-where';
import { earlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import { Translated } from '../../shared/translated';
import { RegisterApp } from './register-app';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
// The translations load while the page asks for its data.
const translate = earlyAnswer(sharedTranslate());
createRoot(document.getElementById('root') as HTMLElement).render(
  <Translated translate={translate}>
    <WhereFromForge>
      <RegisterApp />
    </WhereFromForge>
  </Translated>,
);
