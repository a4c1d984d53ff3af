import * as z from 'zod';
import { DACI_LIMITS } from '../daci/daci-limits';
import { DECISION_STATUSES } from '../daci/daci-values';

/**
 * The decision index: what the app knows about every DACI decision on every page, so that Jira
 * (gates, the panel) and the register read decisions without opening Confluence pages. Three
 * kinds of value, each bounded: one per page (its decisions), one per work item key (the
 * decisions that link it, denormalized so a gate reads one value) and one per space (its pages).
 */
export const INDEX_FORMAT = 'shipshape.decision-index/v1';

export const INDEX_LIMITS = {
  /** Decisions one item entry keeps; more make the item's gate fail closed (see `more`). */
  decisionsPerItem: 100,
  /** Distinct work items one page's decisions may link (each is one more storage write when the page is indexed). */
  itemsPerPage: 500,
  /** Decisions one page entry keeps: five full tables. */
  decisionsPerPage: 5 * DACI_LIMITS.decisions,
  /** Pages one space entry lists. */
  pagesPerSpace: 10_000,
  /** Pages one item entry keeps. */
  pagesPerItem: 200,
  pageTitleLength: 255,
} as const;

/** How the Approver's latest answer stands: `current` approval, `stale` (the decision changed since), `rejected`, or `none`. */
export const SIGN_OFF_STANDINGS = ['current', 'stale', 'rejected', 'none'] as const;
export type SignOffStanding = (typeof SIGN_OFF_STANDINGS)[number];

const accountId = z.string().regex(/^[A-Za-z0-9:_-]{0,128}$/);
const pageId = z.string().regex(/^\d{1,20}$/);
const itemKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}$/);

export const indexedDecisionSchema = z.strictObject({
  localId: z.string().min(1).max(200),
  id: z.string().min(1).max(40),
  title: z.string().max(DACI_LIMITS.decisionTitleLength),
  status: z.enum(DECISION_STATUSES),
  approver: accountId,
  driver: accountId,
  due: z.string().max(10).optional(),
  signOff: z.enum(SIGN_OFF_STANDINGS),
  jiraKeys: z.array(itemKey).max(DACI_LIMITS.jiraKeys),
});

export const pageEntrySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  pageId,
  spaceId: z.string().max(20),
  title: z.string().max(INDEX_LIMITS.pageTitleLength),
  version: z.number().int().min(0),
  /** A page moved to the trash or deleted keeps its entry, empty, so an older event cannot bring it back. */
  removed: z.boolean(),
  decisions: z.array(indexedDecisionSchema).max(INDEX_LIMITS.decisionsPerPage),
  /** Every item this page's decisions link: the item entries it last wrote to. */
  itemKeys: z.array(itemKey).max(INDEX_LIMITS.itemsPerPage),
});

/** The decisions of one page that link an item, from one version of the page. */
export const itemPageSchema = z.strictObject({
  pageId,
  pageTitle: z.string().max(INDEX_LIMITS.pageTitleLength),
  version: z.number().int().min(0),
  decisions: z.array(indexedDecisionSchema.omit({ jiraKeys: true })).max(INDEX_LIMITS.decisionsPerItem),
  /** Decisions that link the item but did not fit the entry: a gate cannot vouch for those. */
  omitted: z.number().int().min(0),
});

export const itemEntrySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  key: itemKey,
  pages: z.array(itemPageSchema).max(INDEX_LIMITS.pagesPerItem),
});

export const spaceEntrySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  spaceId: z.string().max(20),
  pageIds: z.array(pageId).max(INDEX_LIMITS.pagesPerSpace),
});

export type IndexedDecision = z.infer<typeof indexedDecisionSchema>;
export type PageEntry = z.infer<typeof pageEntrySchema>;
export type ItemPage = z.infer<typeof itemPageSchema>;
export type ItemDecision = ItemPage['decisions'][number];
export type ItemEntry = z.infer<typeof itemEntrySchema>;
export type SpaceEntry = z.infer<typeof spaceEntrySchema>;
