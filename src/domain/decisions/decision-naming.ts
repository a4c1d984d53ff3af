/**
 * What the person moving a work item may be told about the decisions that block it: the pages
 * Confluence lets them view (with each page's title as Confluence gives it to them) and people's
 * names. A gate names a decision only when its page is here; every other one is counted.
 */
export interface DecisionNaming {
  /** Page id → its title now, for pages the reader may view. */
  pages: ReadonlyMap<string, string>;
  /** accountId → display name. */
  people: ReadonlyMap<string, string>;
}

/** Decisions a block message names; the rest are counted by why. */
export const MAX_NAMED_DECISIONS = 3;
/** Pages the validator asks Confluence about for one transition. */
export const MAX_PAGES_ASKED = 5;
/** People whose names it asks for. */
export const MAX_PEOPLE_ASKED = 25;
/** A page or decision title as a block message quotes it. */
export const NAMED_TITLE_LENGTH = 100;

export const shortTitle = (title: string): string => (title.length <= NAMED_TITLE_LENGTH ? title : `${title.slice(0, NAMED_TITLE_LENGTH - 1).trimEnd()}…`);
