import type { Person } from '../confluence/get-users-bulk';
import type { RegisterRow } from '../domain/decisions/register/register-row';
import type { RegisterView } from '../domain/decisions/register/register-view';

/** A register row with where its page is in Confluence. */
export type RegisterRowData = RegisterRow & { pageUrl?: string };

/** Everything the decision register renders, in one call. */
export interface RegisterData extends Omit<RegisterView, 'rows'> {
  rows: RegisterRowData[];
  pageSize: number;
  viewerAccountId: string;
  /** Today in the viewer's time zone (YYYY-MM-DD): what "overdue" was counted against. */
  today: string;
  /** Names and avatars of the people the rows and filters name, by account id. */
  people: Record<string, Person>;
  /** The site's address (work items link to `<siteUrl>/browse/<key>`), when Confluence said. */
  siteUrl?: string;
  /** Pages whose decisions could not be read just now (left out; reloading usually finds them). */
  unreadablePages: number;
}
