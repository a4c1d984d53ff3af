/**
 * Checks of the parts of a Jira answer that the spec leaves free-form: `IssueBean.fields` is an
 * open object, so each field the stand-in serves is validated against the spec's component
 * schema for it. `IssueLink` requires both `inwardIssue` and `outwardIssue` (the create-link
 * shape), but an issue's `issuelinks` carry exactly one side: the link is validated with that
 * requirement lifted, and its present side as a `LinkedIssue`.
 */
import { validateAgainstSchema, type SpecName } from '../support/openapi-contract';

type Json = Record<string, unknown>;
export const asRecord = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function schemaProblems(spec: SpecName, schema: string, value: unknown, where: string): string[] {
  const result = validateAgainstSchema(spec, schema, value);
  return result.ok ? [] : result.errors.map((error) => `${where} (${schema}): ${error}`);
}

/** An entry of `fields.issuelinks`: IssueLink without "both sides", and its one side a LinkedIssue. */
export function issueLinkProblems(raw: unknown, where: string): string[] {
  const link = asRecord(raw);
  const problems: string[] = [];
  const sides = ['inwardIssue', 'outwardIssue'].filter((side) => link[side] !== undefined);
  if (sides.length !== 1) problems.push(`${where}: needs exactly one of inwardIssue, outwardIssue (has ${sides.length})`);
  const present = sides[0];
  if (present) {
    // IssueLink's own schema, with the absent side filled by the present one only to satisfy `required`.
    const missing = present === 'inwardIssue' ? 'outwardIssue' : 'inwardIssue';
    problems.push(...schemaProblems('jira', 'IssueLink', { ...link, [missing]: link[present] }, where));
    problems.push(...schemaProblems('jira', 'LinkedIssue', link[present], `${where}.${present}`));
  }
  problems.push(...schemaProblems('jira', 'IssueLinkType', link.type, `${where}.type`));
  return problems;
}

function isAdf(value: unknown): boolean {
  const doc = asRecord(value);
  return doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content);
}

/** Problems of every field value whose shape the spec defines, plus ADF and option sanity. */
export function issueFieldProblems(fields: Json): string[] {
  const problems: string[] = [];
  const check = (schema: string, value: unknown, where: string) => problems.push(...schemaProblems('jira', schema, value, where));
  const single = (schema: string, name: string) => {
    if (fields[name] !== undefined && fields[name] !== null) check(schema, fields[name], `fields.${name}`);
  };
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
  for (const name of ['description', 'customfield_10020']) {
    if (fields[name] !== undefined && fields[name] !== null && !isAdf(fields[name])) problems.push(`fields.${name}: not an ADF document`);
  }
  const option = fields.customfield_10030;
  if (option !== undefined && option !== null) {
    const entry = asRecord(option);
    check('CustomFieldOption', { self: entry.self, value: entry.value }, 'fields.customfield_10030');
    if (typeof entry.id !== 'string') problems.push('fields.customfield_10030: option id must be a string');
  }
  if (fields.customfield_10016 !== undefined && fields.customfield_10016 !== null && typeof fields.customfield_10016 !== 'number') {
    problems.push('fields.customfield_10016: story points must be a number');
  }
  return problems;
}

/** An IssueBean's fields, plus `names` naming exactly the returned fields when it was expanded. */
export function issueBeanProblems(bean: unknown, withNames: boolean): string[] {
  const issue = asRecord(bean);
  const fields = asRecord(issue.fields);
  const problems = issueFieldProblems(fields);
  if (withNames) {
    const names = asRecord(issue.names);
    const keys = (o: Json) => Object.keys(o).sort().join(',');
    if (keys(names) !== keys(fields)) problems.push(`names lists ${keys(names)} but fields are ${keys(fields)}`);
  }
  return problems;
}
