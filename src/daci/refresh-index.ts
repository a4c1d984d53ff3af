import { indexPage } from '../decisions/index-page';
import { indexDepsOf, type DaciDeps } from './daci-deps';

/**
 * Re-indexes the page's decisions from a macro resolver (after a sign-off, or when the table is
 * viewed on a newer page version than the index has). The trigger on page events does the same;
 * a failure here is logged, never the caller's error: the sign-off itself is saved.
 */
export async function refreshIndex(deps: DaciDeps, pageId: string): Promise<void> {
  try {
    const outcome = await indexPage(indexDepsOf(deps), pageId);
    if (!outcome.written && outcome.reason !== 'older') console.warn(`shipshape: decisions of page ${pageId} not indexed (${outcome.reason})`);
  } catch (error) {
    console.warn(`shipshape: decisions of page ${pageId} not indexed`, error);
  }
}
