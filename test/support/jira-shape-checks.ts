/**
 * Checks of the parts of a Jira IssueBean that the spec leaves free-form: `IssueBean.fields` is an
 * open object, so each field value whose shape the spec defines is validated against the spec's
 * component schema for it. Used for the Jira fixtures (test/conformance) and for what the sandbox
 * stand-in serves (test/sandbox).
 *
 * Spec quirks worked around rather than copied into fixtures or the stand-in:
 * - `IssueLink` requires both `inwardIssue` and `outwardIssue` (the create-link request shape), but
 *   an issue's `issuelinks` carry exactly one side: the link must have exactly one, no property
 *   IssueLink does not declare, its type an `IssueLinkType` and its present side a `LinkedIssue`.
 * - `CustomFieldOption` has no `id`, but option values in issue fields carry one (a string).
 *
 * Custom fields are checked by what they look like (a user, an option, an ADF document); a caller
 * that knows its field ids can demand more with `FieldExpectations`.
 */
import { validateAgainstSchema, type SpecName } from './openapi-contract';

type Json = Record<string, unknown>;
export const asRecord = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Field ids whose values must have a given shape when present (not null), beyond what they look like. */
export interface FieldExpectations {
  /** Must be numbers (e.g. story points). */
  numberFields?: readonly string[];
  /** Must be ADF documents, as `description` always must. */
  adfFields?: readonly string[];
  /** Must be options `{ self, value, id }` (or lists of them). */
  optionFields?: readonly string[];
}

export function schemaProblems(spec: SpecName, schema: string, value: unknown, where: string): string[] {
  const result = validateAgainstSchema(spec, schema, value);
  return result.ok ? [] : result.errors.map((error) => `${where} (${schema}): ${error}`);
}

const LINK_PROPERTIES = ['id', 'self', 'type', 'inwardIssue', 'outwardIssue'];
const LINK_SIDES = ['inwardIssue', 'outwardIssue'] as const;

/** An entry of `fields.issuelinks`: exactly one side, each present side a LinkedIssue, its type an IssueLinkType. */
export function issueLinkProblems(raw: unknown, where: string): string[] {
  const link = asRecord(raw);
  const problems: string[] = [];
  const extra = Object.keys(link).filter((key) => !LINK_PROPERTIES.includes(key));
  if (extra.length > 0) problems.push(`${where}: unexpected properties ${extra.join(', ')}`);
  const sides = LINK_SIDES.filter((side) => link[side] !== undefined);
  if (sides.length !== 1) problems.push(`${where}: needs exactly one of inwardIssue, outwardIssue (has ${sides.length})`);
  // IssueLink's own properties (id, self); the parts checked on their own below are stubbed to satisfy `required`.
  const own = Object.fromEntries(['id', 'self'].filter((key) => link[key] !== undefined).map((key) => [key, link[key]]));
  problems.push(...schemaProblems('jira', 'IssueLink', { ...own, type: {}, inwardIssue: {}, outwardIssue: {} }, where));
  problems.push(...schemaProblems('jira', 'IssueLinkType', link.type, `${where}.type`));
  for (const side of sides) problems.push(...schemaProblems('jira', 'LinkedIssue', link[side], `${where}.${side}`));
  return problems;
}

const isAdf = (value: unknown): boolean => {
  const doc = asRecord(value);
  return doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content);
};
const looksLikeAdf = (value: unknown): boolean => asRecord(value).type === 'doc';
const looksLikeUser = (value: unknown): boolean => 'accountId' in asRecord(value);
const looksLikeOption = (value: unknown): boolean => 'self' in asRecord(value) && 'value' in asRecord(value);

/**
 * Problems of every field value whose shape the spec defines (system fields), of custom fields
 * that look like users, options or ADF documents, and of the caller's `expected` fields.
 */
export function issueFieldProblems(fields: Json, expected: FieldExpectations = {}): string[] {
  const problems: string[] = [];
  const check = (schema: string, value: unknown, where: string) => problems.push(...schemaProblems('jira', schema, value, where));
  const present = (name: string) => fields[name] !== undefined && fields[name] !== null;
  const single = (schema: string, name: string) => {
    if (present(name)) check(schema, fields[name], `fields.${name}`);
  };
  const option = (value: unknown, where: string) => {
    const entry = asRecord(value);
    check('CustomFieldOption', { self: entry.self, value: entry.value }, where);
    if (typeof entry.id !== 'string') problems.push(`${where}: option id must be a string`);
  };
  /** A field's values with where each is: the value itself, or each item of a list. */
  const values = (name: string): Array<[unknown, string]> => {
    const value = fields[name];
    return Array.isArray(value) ? value.map((item, i) => [item, `fields.${name}[${i}]`]) : [[value, `fields.${name}`]];
  };

  // System fields.
  single('IssueTypeDetails', 'issuetype');
  single('StatusDetails', 'status');
  single('Priority', 'priority');
  single('ProjectDetails', 'project');
  single('Resolution', 'resolution');
  single('PageOfComments', 'comment');
  single('LinkedIssue', 'parent');
  for (const name of ['assignee', 'reporter', 'creator']) {
    single('UserDetails', name);
    single('User', name);
  }
  for (const name of ['fixVersions', 'versions']) asList(fields[name]).forEach((v, i) => check('Version', v, `fields.${name}[${i}]`));
  asList(fields.components).forEach((c, i) => check('ProjectComponent', c, `fields.components[${i}]`));
  asList(fields.subtasks).forEach((s, i) => check('LinkedIssue', s, `fields.subtasks[${i}]`));
  asList(fields.issuelinks).forEach((link, i) => problems.push(...issueLinkProblems(link, `fields.issuelinks[${i}]`)));

  // Custom fields, by what they look like; the caller's option fields must be options.
  const optionFields = expected.optionFields ?? [];
  const customFields = Object.keys(fields).filter((name) => name.startsWith('customfield_') && present(name));
  for (const name of [...new Set([...customFields, ...optionFields.filter(present)])]) {
    for (const [item, where] of values(name)) {
      if (optionFields.includes(name)) option(item, where);
      else if (looksLikeUser(item)) check('UserDetails', item, where);
      else if (looksLikeOption(item)) option(item, where);
    }
  }

  // ADF: description and the caller's ADF fields must be documents; anything claiming to be one must be valid.
  const adfFields = ['description', ...(expected.adfFields ?? [])];
  for (const name of Object.keys(fields).filter(present)) {
    const mustBeAdf = adfFields.includes(name);
    const items = mustBeAdf ? [[fields[name], `fields.${name}`] as [unknown, string]] : values(name);
    for (const [item, where] of items) {
      if ((mustBeAdf || looksLikeAdf(item)) && !isAdf(item)) problems.push(`${where}: not an ADF document`);
    }
  }

  for (const name of (expected.numberFields ?? []).filter(present)) {
    if (typeof fields[name] !== 'number') problems.push(`fields.${name}: must be a number`);
  }
  return problems;
}

/** An IssueBean's fields, plus `names` naming exactly the returned fields when it was expanded. */
export function issueBeanProblems(bean: unknown, withNames: boolean, expected: FieldExpectations = {}): string[] {
  const issue = asRecord(bean);
  const fields = asRecord(issue.fields);
  const problems = issueFieldProblems(fields, expected);
  if (withNames) {
    const names = asRecord(issue.names);
    const keys = (o: Json) => Object.keys(o).sort().join(',');
    if (keys(names) !== keys(fields)) problems.push(`names lists ${keys(names)} but fields are ${keys(fields)}`);
  }
  return problems;
}
