/**
 * An edit's `fields` and `update` applied to a copy of the issue, as Jira's Edit issue and
 * Transition issue do: every bad value is reported by field id and nothing is changed.
 */
import * as z from 'zod';
import { jiraError } from './http';
import { LIST_FIELDS, setterFor, type EditTarget } from './field-setters';
import type { IssueData, StandInData } from './standin-data';

export const editSchema = z.looseObject({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).optional(),
});
export type Edit = z.infer<typeof editSchema>;

/** The edit in a request body, or Jira's 400 when the body is not one. */
export function parseEdit(body: unknown, extra: z.ZodRawShape = {}): Edit & Record<string, unknown> {
  if (body === undefined) throw jiraError(400, ['The request body is missing.']);
  const parsed = editSchema.extend(extra).safeParse(body);
  if (parsed.success) return parsed.data as Edit & Record<string, unknown>;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw jiraError(400, [`The request body is not valid: ${problems.join('; ')}`]);
}

const cannotSet = (fieldId: string) => `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

function setField(target: EditTarget, fieldId: string, value: unknown): string | undefined {
  const setter = setterFor(target.data, fieldId);
  return setter ? setter(target, value) : cannotSet(fieldId);
}

function applyOperation(target: EditTarget, fieldId: string, operation: Record<string, unknown>): string | undefined {
  const verbs = Object.keys(operation);
  const verb = verbs[0];
  if (verbs.length !== 1 || verb === undefined) return `Each operation on '${fieldId}' must have exactly one of set, add, remove.`;
  const value = operation[verb];
  if (verb === 'set') return setField(target, fieldId, value);
  const list = Object.hasOwn(LIST_FIELDS, fieldId) ? LIST_FIELDS[fieldId] : undefined;
  if (!list || (verb !== 'add' && verb !== 'remove')) return `Operation '${verb}' is not supported for field '${fieldId}'.`;
  const resolved = list.resolve(target, value);
  if (!resolved.ok) return resolved.error;
  const current = list.current(target.issue);
  if (verb === 'add') list.assign(target.issue, current.includes(resolved.value) ? current : [...current, resolved.value]);
  else
    list.assign(
      target.issue,
      current.filter((entry) => entry !== resolved.value),
    );
  return undefined;
}

/** The edited copy and the ids of the fields touched; Jira's 400 listing every bad field otherwise. */
export function applyEdit(data: StandInData, issue: IssueData, edit: Edit): { issue: IssueData; changed: string[] } {
  const target: EditTarget = { data, issue: structuredClone(issue) };
  const errors: Record<string, string> = {};
  const fields = edit.fields ?? {};
  const update = edit.update ?? {};
  for (const [fieldId, value] of Object.entries(fields)) {
    if (Object.hasOwn(update, fieldId)) errors[fieldId] = `Field '${fieldId}' cannot be set in both 'fields' and 'update'.`;
    else {
      const error = setField(target, fieldId, value);
      if (error) errors[fieldId] = error;
    }
  }
  for (const [fieldId, operations] of Object.entries(update)) {
    if (errors[fieldId]) continue;
    for (const operation of operations) {
      const error = applyOperation(target, fieldId, operation);
      if (error) {
        errors[fieldId] = error;
        break;
      }
    }
  }
  if (Object.keys(errors).length > 0) throw jiraError(400, [], errors);
  return { issue: target.issue, changed: [...new Set([...Object.keys(fields), ...Object.keys(update)])] };
}

/** Jira's timestamp style: `2026-11-22T09:12:44.903+0000`. */
export const jiraTimestamp = (date = new Date()) => date.toISOString().replace('Z', '+0000');

/** Replaces the stored issue with its edited copy. */
export function commitIssue(data: StandInData, edited: IssueData): void {
  edited.updated = jiraTimestamp();
  data.issues = data.issues.map((candidate) => (candidate.id === edited.id ? edited : candidate));
}
