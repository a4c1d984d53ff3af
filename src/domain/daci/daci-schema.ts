import * as z from 'zod';
import { DACI_LIMITS as L } from './daci-limits';
import { isCalendarDate } from './calendar-date';
import { DACI_FORMAT, DECISION_STATUSES, IMPACTS } from './daci-values';
import { hasVisibleText } from '../visible-text/visible-text';
import { workItemKeySchema } from './work-item-key';

export { DACI_FORMAT, DECISION_STATUSES, IMPACTS };
export type { DecisionStatus, Impact } from './daci-values';

const text = (max: number) => z.string().max(max);
const accountId = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'problems.accountId');

/** Exactly one person: a single accountId, never a list or an empty value. */
const onePerson = () =>
  z
    .string({ error: 'problems.onePerson' })
    .min(1, 'problems.onePerson')
    .regex(/^[A-Za-z0-9:_-]{0,128}$/, 'problems.accountId');

const people = (max: number) =>
  z
    .array(accountId)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'problems.personTwice');

const optionSchema = z.strictObject({
  description: text(L.optionTextLength).refine(hasVisibleText, 'problems.optionText'),
  pros: text(L.optionTextLength).default(''),
  cons: text(L.optionTextLength).default(''),
  cost: text(L.costLength).default(''),
});

/** A follow-up of the decision, as Atlassian's DACI template keeps them: what, who, by when, done. */
const actionItemSchema = z.strictObject({
  text: text(L.actionItemLength).trim().refine(hasVisibleText, 'problems.actionText'),
  owner: accountId.optional(),
  due: z.string().refine(isCalendarDate, 'problems.calendarDate').optional(),
  done: z.boolean().default(false),
});

export const decisionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'problems.decisionId'),
  title: text(L.decisionTitleLength).trim().refine(hasVisibleText, 'problems.decisionTitle'),
  status: z.enum(DECISION_STATUSES),
  impact: z.enum(IMPACTS),
  driver: onePerson(),
  approver: onePerson(),
  contributors: people(L.contributors).default([]),
  informed: people(L.informed).default([]),
  due: z.string().refine(isCalendarDate, 'problems.calendarDate').optional(),
  outcome: text(L.outcomeLength).default(''),
  background: text(L.backgroundLength).default(''),
  options: z.array(optionSchema).max(L.options).default([]),
  jiraKeys: z.array(workItemKeySchema).max(L.jiraKeys).default([]),
  actionItems: z.array(actionItemSchema).max(L.actionItems).default([]),
});

export const daciTableSchema = z.strictObject({
  format: z.literal(DACI_FORMAT),
  title: text(L.titleLength).trim().refine(hasVisibleText, 'problems.tableTitle'),
  decisions: z.array(decisionSchema).max(L.decisions),
});

export type DecisionOption = z.infer<typeof optionSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type DaciTable = z.infer<typeof daciTableSchema>;
