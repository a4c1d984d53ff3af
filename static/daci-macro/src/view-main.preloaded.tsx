import { createRoot } from 'react-dom/client';
import type { EarlyAnswer } from '../../shared/early-answer';
import type { FirstTable } from './first-table';
import { ViewApp } from './view-app';
import type { Translate } from '../../shared/translate';
import { Translated } from '../../shared/translated';

/** Mounts the view; the entry calls it after first-table has started the `getTable` call and asked for the translations. */
export function mountView(firstTable: EarlyAnswer<FirstTable>, firstTranslate: EarlyAnswer<Translate>): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Translated translate={firstTranslate}>
      <ViewApp firstTable={firstTable} />
    </Translated>,
  );
}
