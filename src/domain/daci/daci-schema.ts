import * as z from 'zod';
import { DACI_LIMITS as L } from './daci-limits';
import { isCalendarDate } from './calendar-date';
import { DACI_FORMAT, DECISION_STATUSES, IMPACTS } from './daci-values';
import { hasVisibleText } from '../visible-text/visible-text';
import { workItemKeySchema } from './work-item-key';

export { DACI_FORMAT, DECISION_STATUSES, IMPACTS };
export type { DecisionStatus, Impact } from './daci-values';

const text = (max: number, what: string) => z.string().max(max, `${what} is too long (at most ${max} characters)`);
const accountId = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'not an Atlassian accountId');

/** Exactly one person: a single accountId, never a list or an empty value. */
const onePerson = (role: string) =>
  z
    .string({ error: `exactly one ${role} is required (one person)` })
    .min(1, `exactly one ${role} is required (one person)`)
    .regex(/^[A-Za-z0-9:_-]{0,128}$/, `${role} is not an Atlassian accountId`);

const people = (max: number, role: string) =>
  z
    .array(accountId)
    .max(max, `at most ${max} ${role}`)
    .refine((ids) => new Set(ids).size === ids.length, `${role} lists a person twice`);

const optionSchema = z.strictObject({
  description: text(L.optionTextLength, 'description').refine(hasVisibleText, 'an option needs a description'),
  pros: text(L.optionTextLength, 'pros').default(''),
  cons: text(L.optionTextLength, 'cons').default(''),
  cost: text(L.costLength, 'cost').default(''),
});

/** A follow-up of the decision, as Atlassian's DACI template keeps them: what, who, by when, done. */
const actionItemSchema = z.strictObject({
  text: text(L.actionItemLength, 'action item').trim().refine(hasVisibleText, 'an action item needs a text'),
  owner: accountId.optional(),
  due: z.string().refine(isCalendarDate, 'due date must be a real date written YYYY-MM-DD').optional(),
  done: z.boolean().default(false),
});

export const decisionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a decision id is 1–40 lowercase letters, digits or dashes'),
  title: text(L.decisionTitleLength, 'title').trim().refine(hasVisibleText, 'a decision needs a title'),
  status: z.enum(DECISION_STATUSES),
  impact: z.enum(IMPACTS),
  driver: onePerson('Driver'),
  approver: onePerson('Approver'),
  contributors: people(L.contributors, 'Contributors').default([]),
  informed: people(L.informed, 'Informed').default([]),
  due: z.string().refine(isCalendarDate, 'due date must be a real date written YYYY-MM-DD').optional(),
  outcome: text(L.outcomeLength, 'outcome').default(''),
  background: text(L.backgroundLength, 'background').default(''),
  options: z.array(optionSchema).max(L.options, `at most ${L.options} options`).default([]),
  jiraKeys: z.array(workItemKeySchema).max(L.jiraKeys, `at most ${L.jiraKeys} linked work items`).default([]),
  actionItems: z.array(actionItemSchema).max(L.actionItems, `at most ${L.actionItems} action items`).default([]),
});

export const daciTableSchema = z.strictObject({
  format: z.literal(DACI_FORMAT, `format must be "${DACI_FORMAT}"`),
  title: text(L.titleLength, 'title').trim().refine(hasVisibleText, 'the table needs a title'),
  decisions: z.array(decisionSchema).max(L.decisions, `at most ${L.decisions} decisions`),
});

export type DecisionOption = z.infer<typeof optionSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type DaciTable = z.infer<typeof daciTableSchema>;
