// first-table is imported first: the getTable call and the context request leave as soon as the
// bridge is evaluated, before React and the table's modules are (ES modules evaluate in order).
import { firstSiteUrl, firstTable } from './first-table';
import '@atlaskit/css-reset';
import './macro.css';
import { view } from '@forge/bridge';
import { mountView } from './view-main';

// Light and dark: the host applies its theme's tokens; the app only uses tokens.
void view.theme.enable();
mountView(firstTable, firstSiteUrl);
