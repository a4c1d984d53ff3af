// First: starts the getTable call before the other modules are evaluated (see first-table.ts).
import { firstTable } from './first-table';
import '@atlaskit/css-reset';
import './macro.css';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { ViewApp } from './view-app';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
createRoot(document.getElementById('root') as HTMLElement).render(<ViewApp firstTable={firstTable} />);
