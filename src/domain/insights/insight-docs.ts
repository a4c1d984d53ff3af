import * as z from 'zod';
import { MAX_CRITERIA_PER_GATE } from '../gates/gate-schema';

/** The stored shapes the insight figures are kept in (docs/insights.md), each bounded by design. */
const count = z.number().int().min(0);
const counts = z.array(z.tuple([z.string().max(64), count])).max(MAX_CRITERIA_PER_GATE);
const week = z.string().regex(/^\d{4}-W\d{2}$/);

/** One gate's figures in one project for one ISO week. */
export const weekFiguresSchema = z.strictObject({
  attempts: count,
  /** Attempts the gate blocked. */
  blocked: count,
  /** Distinct items blocked at least once that week, and distinct items that passed. */
  itemsBlocked: count,
  itemsPassed: count,
  /** Passing attempts that passed only because a criterion was waived. */
  passesWithWaiver: count,
  /** Blocked attempts each criterion failed in. */
  blockedBy: counts,
  /** Waivers recorded that week, per criterion. */
  waivers: counts,
  /** First blocked attempt → pass, for the items that passed that week (time-histogram.ts). */
  timeBlocked: z.array(z.tuple([z.number().int().min(0).max(160), count])).max(161),
});
export type WeekFigures = z.infer<typeof weekFiguresSchema>;

export const emptyWeek = (): WeekFigures => ({
  attempts: 0,
  blocked: 0,
  itemsBlocked: 0,
  itemsPassed: 0,
  passesWithWaiver: 0,
  blockedBy: [],
  waivers: [],
  timeBlocked: [],
});

/** Where one item stands at one gate of one project. */
export const gateStandingSchema = z.strictObject({
  projectId: z.string().max(18),
  gateId: z.string().max(64),
  /** The first blocked attempt since the item last passed; absent when it is not blocked. */
  blockedSince: z.number().int().optional(),
  lastPassedAt: z.number().int().optional(),
  /** The latest weeks it was counted in `itemsBlocked` / `itemsPassed` (events may arrive late, never by more than days). */
  blockedWeeks: z.array(week).max(3),
  passedWeeks: z.array(week).max(3),
  /** Whether it is in the gate's blocked-now list (false: counted in its `more`). */
  listed: z.boolean().optional(),
});
export type GateStanding = z.infer<typeof gateStandingSchema>;

export const MAX_APPLIED_IDS = 50;
export const MAX_GATES_AN_ITEM_MET = 100;

/** One item's state across gates, and the ids of its latest events already counted. */
export const itemInsightSchema = z.strictObject({
  applied: z.array(z.string().max(64)).max(MAX_APPLIED_IDS),
  gates: z.array(gateStandingSchema).max(MAX_GATES_AN_ITEM_MET),
});
export type ItemInsight = z.infer<typeof itemInsightSchema>;

export const MAX_LISTED_BLOCKED = 2000;

/** The items a gate blocks now: the oldest 2,000 listed with their key and since when; the rest counted. */
export const blockedNowSchema = z.strictObject({
  items: z.array(z.tuple([z.string().max(18), z.string().max(300), z.number().int()])).max(MAX_LISTED_BLOCKED),
  more: count,
});
export type BlockedNow = z.infer<typeof blockedNowSchema>;
