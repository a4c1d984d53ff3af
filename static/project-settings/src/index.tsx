import '@atlaskit/css-reset';
import './shared/config.css';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { WhereFromForge } from '../../shared/use-forge-where';
import { SettingsPage } from './settings-page';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
createRoot(document.getElementById('root') as HTMLElement).render(
  <WhereFromForge>
    <SettingsPage />
  </WhereFromForge>,
);
