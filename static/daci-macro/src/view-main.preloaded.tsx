import { createRoot } from 'react-dom/client';
import type { EarlyAnswer } from '../../shared/early-answer';
import type { FirstTable } from './first-table';
import { ViewApp } from './view-app';

/** Mounts the view; the entry calls it after first-table has started the `getTable` call. */
export function mountView(firstTable: EarlyAnswer<FirstTable>): void {
  createRoot(document.getElementById('root') as HTMLElement).render(<ViewApp firstTable={firstTable} />);
}
