import '@atlaskit/css-reset';
import './macro.css';
import './config.css';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { ConfigApp } from './config-app';

void view.theme.enable();
createRoot(document.getElementById('root') as HTMLElement).render(<ConfigApp />);
