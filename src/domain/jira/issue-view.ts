import * as z from 'zod';
import { issueLinkSchema, issueTypeSchema, linkedIssueSchema, type IssueLink, type IssueType, type JiraIssue, type LinkedIssue } from './issue-schema';
import { fieldDisplayName } from './field-names';

/** A field read from Jira's answer: its value, or why it could not be read in the shape a gate needs. */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Read access to one issue for the criteria. Structured fields are schema-checked once, lazily,
 * so a gate with many criteria over an item with many sub-tasks parses them only once.
 */
export interface IssueView {
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
  hasField(fieldId: string): boolean;
  fieldName(fieldId: string): string;
  issueType(): IssueType | undefined;
  labels(): Read<string[]>;
  subtasks(): Read<LinkedIssue[]>;
  links(): Read<IssueLink[]>;
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

function readList<T>(raw: unknown, schema: z.ZodType<T>, what: string): Read<T[]> {
  if (raw === undefined || raw === null) return { ok: true, value: [] };
  const parsed = z.array(schema).safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: `Jira's answer has ${what} in an unexpected shape` };
}

export function createIssueView(issue: JiraIssue): IssueView {
  const fields = issue.fields;
  return {
    key: issue.key,
    fields,
    hasField: (fieldId) => Object.prototype.hasOwnProperty.call(fields, fieldId),
    fieldName: (fieldId) => fieldDisplayName(fieldId, issue.names),
    issueType: lazy(() => {
      const parsed = issueTypeSchema.safeParse(fields['issuetype']);
      return parsed.success ? parsed.data : undefined;
    }),
    labels: lazy(() => readList(fields['labels'], z.string(), 'labels')),
    subtasks: lazy(() => readList(fields['subtasks'], linkedIssueSchema, 'sub-tasks')),
    links: lazy(() => readList(fields['issuelinks'], issueLinkSchema, 'issue links')),
  };
}

export function isDone(issue: LinkedIssue): boolean {
  return issue.fields?.status?.statusCategory?.key === 'done';
}

export function describeLinked(issue: LinkedIssue): string {
  const status = issue.fields?.status?.name;
  return status ? `${issue.key} (${status})` : issue.key;
}
