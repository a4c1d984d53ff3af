import type { Caller } from './auth';
import type { PageData } from './standin-data';

/**
 * Whether the caller may view the page: the app (asApp()) always, a person when the page has no
 * read restriction or names them. Confluence answers a page someone may not view as not found.
 */
export const mayViewPage = (caller: Caller, page: Pick<PageData, 'viewers'>): boolean =>
  caller.kind === 'app' || page.viewers === undefined || page.viewers.includes(caller.user.accountId);
