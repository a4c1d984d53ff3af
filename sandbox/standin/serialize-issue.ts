/** A work item as GET /rest/api/3/issue/{key} (and search) answer it: an IssueBean. */
import { listParam } from './http';
import { fieldValue, OMIT } from './issue-fields';
import { parseFieldSelection, parsePropertySelection, type FieldSelection } from './field-selection';
import type { Env } from './jira-objects';
import type { IssueData } from './standin-data';

export const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

export interface IssueShape {
  fields: FieldSelection;
  /** `expand=names`: the display name of each returned field. */
  names: boolean;
  properties?: (key: string) => boolean;
}

/** The shape asked for by `fields`, `expand` and `properties`; `defaultTo` is 'all' for GET issue, 'id' for search. */
export function issueShapeFromQuery(query: URLSearchParams, defaultTo: 'all' | 'id'): IssueShape {
  const properties = parsePropertySelection(listParam(query, 'properties'), query.has('properties'));
  return {
    fields: parseFieldSelection(listParam(query, 'fields'), defaultTo),
    names: listParam(query, 'expand').includes('names'),
    ...(properties ? { properties } : {}),
  };
}

export function serializeIssue(env: Env, issue: IssueData, shape: IssueShape): Record<string, unknown> {
  if (shape.fields.idOnly) return { id: issue.id };
  const fields: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const field of env.data.fields) {
    if (!shape.fields.includes(field)) continue;
    const value = fieldValue(env, issue, field);
    if (value === OMIT) continue;
    fields[field.id] = value;
    names[field.id] = field.name;
  }
  const selectProperty = shape.properties;
  const properties = selectProperty
    ? Object.fromEntries(
        Object.entries(issue.properties)
          .filter(([key]) => selectProperty(key))
          .map(([key, value]) => [key, structuredClone(value)]),
      )
    : undefined;
  return {
    expand: ISSUE_EXPAND,
    id: issue.id,
    self: `${env.base}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    ...(properties ? { properties } : {}),
    fields,
    ...(shape.names ? { names } : {}),
  };
}
