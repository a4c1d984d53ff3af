import type { EarlyAnswer } from '../../shared/early-answer';
import { createRoot } from 'react-dom/client';
import { ViewApp } from './view-app';
import type { Envelope, TableData } from './types';

/** Mounts the view; the entry calls it after first-table has started the `getTable` call. */
export function mountView(firstTable: EarlyAnswer<Envelope<TableData>>, firstSiteUrl: EarlyAnswer<string | undefined>): void {
  createRoot(document.getElementById('root') as HTMLElement).render(<ViewApp firstTable={firstTable} firstSiteUrl={firstSiteUrl} />);
}
