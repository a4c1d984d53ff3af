/**
 * Setting one field of a draft issue from an edit value, with Jira's error message for a bad
 * value (list fields: list-fields.ts).
 */
import * as z from 'zod';
import { findUserByAccountId } from './demo-users';
import { LIST_FIELDS, byRef, type EditTarget, type ListField } from './list-fields';
import type { FieldData, IssueData, StandInData } from './standin-data';

export { LIST_FIELDS, type EditTarget } from './list-fields';

/** An error message, or undefined when the value was set. */
export type Setter = (target: EditTarget, value: unknown) => string | undefined;

const NOT_ADF = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
const adf = z.looseObject({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.looseObject({ type: z.string() })) });

function setList(field: ListField): Setter {
  return (target, value) => {
    if (value !== null && !Array.isArray(value)) return 'Operation value must be an array';
    const values: string[] = [];
    for (const item of value ?? []) {
      const resolved = field.resolve(target, item);
      if (!resolved.ok) return resolved.error;
      if (!values.includes(resolved.value)) values.push(resolved.value);
    }
    field.assign(target.issue, values);
    return undefined;
  };
}

const SYSTEM_SETTERS: Record<string, Setter> = {
  summary: (target, value) => {
    if (typeof value !== 'string' || value.trim() === '') return 'You must specify a summary of the issue.';
    if (value.length > 254) return 'Summary must be less than 255 characters.';
    target.issue.summary = value;
    return undefined;
  },
  description: (target, value) => {
    if (value !== null && !adf.safeParse(value).success) return NOT_ADF;
    target.issue.description = value === null ? null : (structuredClone(value) as IssueData['description']);
    return undefined;
  },
  assignee: (target, value) => {
    if (value === null) return void (target.issue.assigneeId = null);
    const parsed = z.looseObject({ accountId: z.string() }).safeParse(value);
    if (!parsed.success) return 'Operation value must be a user: {"accountId": …} or null';
    const user = findUserByAccountId(parsed.data.accountId);
    if (!user) return 'Specified user does not exist or you do not have required permissions';
    if (!user.rights.edit) return `User '${user.displayName}' cannot be assigned issues.`;
    target.issue.assigneeId = user.accountId;
    return undefined;
  },
  priority: (target, value) => {
    const resolved = byRef(target.data.priorities, value, 'Priority');
    if (!resolved.ok) return resolved.error;
    target.issue.priorityId = resolved.value;
    return undefined;
  },
  duedate: (target, value) => {
    if (value !== null && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))) return `Error parsing date string: ${String(value)}`;
    target.issue.duedate = value;
    return undefined;
  },
  ...Object.fromEntries(Object.entries(LIST_FIELDS).map(([id, field]) => [id, setList(field)])),
};

function customSetter(field: FieldData): Setter | undefined {
  const set = (target: EditTarget, value: unknown) => void (value === null ? delete target.issue.custom[field.id] : (target.issue.custom[field.id] = value));
  switch (field.schema?.type) {
    case 'number':
      return (target, value) =>
        value === null || (typeof value === 'number' && Number.isFinite(value)) ? set(target, value) : 'Operation value must be a number';
    case 'string':
      return (target, value) => (value === null || adf.safeParse(value).success ? set(target, structuredClone(value)) : NOT_ADF);
    case 'option':
      return (target, value) => {
        if (value === null) return set(target, null);
        const parsed = z.union([z.looseObject({ id: z.string() }), z.looseObject({ value: z.string() })]).safeParse(value);
        if (!parsed.success) return 'Operation value must be an option: {"id": …} or {"value": …}';
        const wanted = parsed.data;
        const option = field.options?.find((o) => ('id' in wanted ? o.id === wanted.id : o.value === wanted.value));
        if (!option) return 'id' in wanted ? `Option id '${wanted.id}' is not valid` : `Option value '${wanted.value}' is not valid`;
        return set(target, option.id);
      };
    default:
      return undefined;
  }
}

/** The setter of an editable field, or undefined for fields that cannot be set (status, project…). */
export function setterFor(data: StandInData, fieldId: string): Setter | undefined {
  if (Object.hasOwn(SYSTEM_SETTERS, fieldId)) return SYSTEM_SETTERS[fieldId];
  const field = data.fields.find((f) => f.custom && f.id === fieldId);
  return field ? customSetter(field) : undefined;
}
