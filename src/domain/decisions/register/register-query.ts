import * as z from 'zod';
import { isCalendarDate } from '../../daci/calendar-date';
import { DECISION_STATUSES, IMPACTS } from '../../daci/daci-values';

/**
 * Rows the register sends per page of results, as Confluence's own lists page. Measured in
 * Chromium over 5,000 decisions: 50 rows cost the screen 0.5 of its time-to-content ratio.
 */
export const REGISTER_PAGE_SIZE = 25;

export const REGISTER_SORT_KEYS = ['title', 'status', 'impact', 'approver', 'driver', 'due', 'page', 'changed'] as const;
export type RegisterSortKey = (typeof REGISTER_SORT_KEYS)[number];

const accountId = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/);
const calendarDate = z.string().refine(isCalendarDate, 'problems.calendarDate');

/** What the register is asked for: its filters (all must hold), its order and which page of results. */
export const registerQuerySchema = z.strictObject({
  statuses: z.array(z.enum(DECISION_STATUSES)).max(DECISION_STATUSES.length).default([]),
  impacts: z.array(z.enum(IMPACTS)).max(IMPACTS.length).default([]),
  approver: accountId.optional(),
  driver: accountId.optional(),
  /** Due on or after / on or before these dates; a decision with no due date matches neither. */
  dueFrom: calendarDate.optional(),
  dueTo: calendarDate.optional(),
  /** The caller is the Approver and has no current approval on it (decisions not deferred). */
  awaitingMe: z.boolean().default(false),
  overdue: z.boolean().default(false),
  /** The Approver's approval predates a change to the decision. */
  stale: z.boolean().default(false),
  /** Words the decision's title or page title contains. */
  text: z.string().trim().max(100).default(''),
  sort: z.enum(REGISTER_SORT_KEYS).default('due'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(1000).default(1),
});

export type RegisterQuery = z.infer<typeof registerQuerySchema>;
export type RegisterQueryInput = z.input<typeof registerQuerySchema>;
