import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import '../../project-settings/src/shared/config.css';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { RuleConfig } from './rule-config';
import { earlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import { Translated } from '../../shared/translated';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
const translate = earlyAnswer(sharedTranslate());
createRoot(document.getElementById('root') as HTMLElement).render(
  <Translated translate={translate}>
    <RuleConfig />
  </Translated>,
);
