import { createRoot } from 'react-dom/client';
import type { EarlyAnswer } from '../../shared/early-answer';
import { App } from './app';
import type { Translate } from '../../shared/translate';
import { Translated } from '../../shared/translated';
import type { Where } from './first-load';
import type { Envelope, PanelData } from './types';

/** Mounts the panel; the entry calls it after first-load has started the `getPanel` call. */
export function mountPanel(firstPanel: EarlyAnswer<Envelope<PanelData>>, firstWhere: EarlyAnswer<Where>, firstTranslate: EarlyAnswer<Translate>): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Translated translate={firstTranslate}>
      <App firstPanel={firstPanel} firstWhere={firstWhere} />
    </Translated>,
  );
}
