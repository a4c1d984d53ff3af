import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './macro.css';
import './config.css';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { ConfigApp } from './config-app';
import { earlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import { Translated } from '../../shared/translated';

void view.theme.enable();
const translate = earlyAnswer(sharedTranslate());
createRoot(document.getElementById('root') as HTMLElement).render(
  <Translated translate={translate}>
    <ConfigApp />
  </Translated>,
);
