import * as z from 'zod';
import { DACI_LIMITS } from '../daci/daci-limits';
import { DECISION_STATUSES, IMPACTS } from '../daci/daci-values';
import { workItemKeySchema } from '../daci/work-item-key';

/**
 * The decision index: what the app knows about every DACI decision on every page, so that Jira
 * (gates, the panel) and the register read decisions without opening Confluence pages. Each
 * value is bounded by design to fit Forge's 240 KiB: per page, its entry (version, linked items)
 * and its decisions in chunks of at most 200 KiB; per work item key, the decisions that link it
 * (denormalized, so a gate reads one value); per space, its pages.
 */
export const INDEX_FORMAT = 'shipshape.decision-index/v1';

export const INDEX_LIMITS = {
  /** Decisions one item entry keeps; more make the item's gate fail closed (`omitted`). */
  decisionsPerItem: 100,
  /** Distinct work items one page's decisions may link (each is one more storage write when the page is indexed). */
  itemsPerPage: 500,
  /** Decisions one page entry keeps: five full tables. */
  decisionsPerPage: 5 * DACI_LIMITS.decisions,
  /** Pages one space entry lists. */
  pagesPerSpace: 10_000,
  /** Pages one item entry keeps. */
  pagesPerItem: 100,
  /** Further pages linking an item, kept by id only so its gate fails closed until they unlink it. */
  overflowPagesPerItem: 400,
  pageTitleLength: 255,
  /** A decision's title as lists show it; the page has the whole title. */
  titleLength: 150,
  /** A macro placement's id (Confluence's are UUIDs); a longer one is hashed. */
  localIdLength: 100,
  /** Bytes of decisions in one chunk of a page's decisions, and chunks a page may have. */
  chunkBytes: 200 * 1024,
  chunks: 10,
  /** Changes to decided decisions a page keeps, newest last. */
  historyEntries: 200,
} as const;

/** How the Approver's latest answer stands: `current` approval, `stale` (the decision changed since), `rejected`, or `none`. */
export const SIGN_OFF_STANDINGS = ['current', 'stale', 'rejected', 'none'] as const;
export type SignOffStanding = (typeof SIGN_OFF_STANDINGS)[number];

const accountId = z.string().regex(/^[A-Za-z0-9:_-]{0,128}$/);
const hash = z.string().regex(/^[0-9a-f]{16}$/);
const pageId = z.string().regex(/^\d{1,20}$/);
const itemKey = workItemKeySchema;

export const indexedDecisionSchema = z.strictObject({
  localId: z.string().min(1).max(INDEX_LIMITS.localIdLength),
  id: z.string().min(1).max(40),
  title: z.string().max(INDEX_LIMITS.titleLength),
  status: z.enum(DECISION_STATUSES),
  /** Absent in entries indexed before the register (the page's next save adds it). */
  impact: z.enum(IMPACTS).optional(),
  approver: accountId,
  driver: accountId,
  due: z.string().max(10).optional(),
  signOff: z.enum(SIGN_OFF_STANDINGS),
  jiraKeys: z.array(itemKey).max(DACI_LIMITS.jiraKeys),
  /** Hashes of what a decided decision must not quietly lose: its title, outcome, options and roles. */
  facets: z.strictObject({ title: hash, outcome: hash, options: hash, roles: hash }),
  /** When the decision became decided (the page version and its time), while it stays decided. */
  decided: z.strictObject({ version: z.number().int().min(0), at: z.string().max(40) }).optional(),
});

export const FACETS = ['title', 'outcome', 'options', 'roles'] as const;
export type Facet = (typeof FACETS)[number];

/** One change to a decided decision: reopened (no longer decided) or changed (still decided, its text or roles edited). */
export const historyEntrySchema = z.strictObject({
  localId: z.string().min(1).max(INDEX_LIMITS.localIdLength),
  id: z.string().min(1).max(40),
  kind: z.enum(['reopened', 'changed']),
  changed: z.array(z.enum(FACETS)).max(FACETS.length),
  /** Who saved the page version that made the change, and when. */
  by: accountId,
  at: z.string().max(40),
  pageVersion: z.number().int().min(0),
  decided: z.strictObject({ version: z.number().int().min(0), at: z.string().max(40) }),
});

export const historySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  pageId,
  entries: z.array(historyEntrySchema).max(INDEX_LIMITS.historyEntries),
});

export const pageEntrySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  pageId,
  spaceId: z.string().max(20),
  title: z.string().max(INDEX_LIMITS.pageTitleLength),
  version: z.number().int().min(0),
  /** A page moved to the trash or deleted keeps its entry, empty, so an older event cannot bring it back. */
  removed: z.boolean(),
  /** How many decisions the page has, and in how many chunks (`decisions:page:<id>:<n>`) they are kept. */
  decisionCount: z.number().int().min(0).max(INDEX_LIMITS.decisionsPerPage),
  chunks: z.number().int().min(0).max(INDEX_LIMITS.chunks),
  /** Every item this page's decisions link: the item entries it last wrote to. */
  itemKeys: z.array(itemKey).max(INDEX_LIMITS.itemsPerPage),
});

/** Some of a page's decisions, in page order, at the page version its entry names. */
export const pageChunkSchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  pageId,
  version: z.number().int().min(0),
  decisions: z.array(indexedDecisionSchema).max(INDEX_LIMITS.decisionsPerPage),
});

/** The decisions of one page that link an item, from one version of the page. */
export const itemPageSchema = z.strictObject({
  pageId,
  pageTitle: z.string().max(INDEX_LIMITS.pageTitleLength),
  version: z.number().int().min(0),
  decisions: z.array(indexedDecisionSchema.omit({ jiraKeys: true, facets: true, decided: true, impact: true })).max(INDEX_LIMITS.decisionsPerItem),
  /** Decisions that link the item but did not fit the entry: a gate cannot vouch for those. */
  omitted: z.number().int().min(0),
});

export const itemEntrySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  key: itemKey,
  pages: z.array(itemPageSchema).max(INDEX_LIMITS.pagesPerItem),
  /** Pages whose decisions link the item but did not fit `pages`: the gate cannot vouch for them. */
  overflow: z.array(pageId).max(INDEX_LIMITS.overflowPagesPerItem).optional(),
  /** Even `overflow` was full once: the gate fails closed until the item is re-indexed. */
  saturated: z.literal(true).optional(),
});

export const spaceEntrySchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  spaceId: z.string().max(20),
  pageIds: z.array(pageId).max(INDEX_LIMITS.pagesPerSpace),
});

export type IndexedDecision = z.infer<typeof indexedDecisionSchema>;
export type PageEntry = z.infer<typeof pageEntrySchema>;
export type PageChunk = z.infer<typeof pageChunkSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type History = z.infer<typeof historySchema>;
export type ItemPage = z.infer<typeof itemPageSchema>;
export type ItemDecision = ItemPage['decisions'][number];
export type ItemEntry = z.infer<typeof itemEntrySchema>;
export type SpaceEntry = z.infer<typeof spaceEntrySchema>;
