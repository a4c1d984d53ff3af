/**
 * The baseline for the Custom UI time-to-content benchmarks: the least a themed Forge screen
 * can be. React 18 + react-dom, @forge/bridge's `view.theme.enable()` (every screen of the app
 * must support light and dark; like the app's screens, it does not wait for it), then one line
 * of text. No backend call, no Atlaskit.
 */
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';

void view.theme.enable().catch(() => undefined);
const root = document.getElementById('root');
if (root) createRoot(root).render(<div data-testid="bare-content">Hello</div>);
