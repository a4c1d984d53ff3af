/** GET /rest/api/3/search/jql: Jira's enhanced search, paged with `nextPageToken` / `isLast`. */
import { jiraError, sendJson } from '../http';
import { parseJql, type Clause, type Query } from '../jql';
import { envOf } from '../jira-objects';
import { byId, findProject } from '../lookup';
import { route, type RouteContext } from '../router';
import { issueShapeFromQuery, serializeIssue } from '../serialize-issue';
import type { IssueData, StandInData } from '../standin-data';
import { can } from '../auth';
import { indexedValueNamed } from '../entity-property-index';
import { propertyMatcher } from '../property-clause';

type Values = (data: StandInData, issue: IssueData) => Array<string | undefined>;
const named = <T extends { id: string; name: string }>(entry: T | undefined) => (entry ? [entry.id, entry.name] : []);
const project = (data: StandInData, issue: IssueData) => byId(data.projects, issue.projectId);

const FIELDS: Record<string, Values> = {
  project: (data, issue) => {
    const p = project(data, issue);
    return p ? [p.id, p.key, p.name] : [];
  },
  key: (_data, issue) => [issue.id, issue.key],
  parent: (data, issue) => {
    const p = byId(data.issues, issue.parentId);
    return p ? [p.id, p.key] : [];
  },
  issuetype: (data, issue) => named(byId(data.issueTypes, issue.issueTypeId)),
  status: (data, issue) => named(byId(data.statuses, issue.statusId)),
  statuscategory: (data, issue) => {
    const s = byId(data.statuses, issue.statusId);
    return s ? [s.category, { new: 'To Do', indeterminate: 'In Progress', done: 'Done' }[s.category]] : [];
  },
  assignee: (_data, issue) => (issue.assigneeId ? [issue.assigneeId] : []),
  reporter: (_data, issue) => [issue.reporterId],
  labels: (_data, issue) => issue.labels,
  fixversion: (data, issue) => issue.fixVersionIds.flatMap((id) => named(byId(project(data, issue)?.versions ?? [], id))),
  component: (data, issue) => issue.componentIds.flatMap((id) => named(byId(project(data, issue)?.components ?? [], id))),
  summary: (_data, issue) => [issue.summary],
};
const ALIASES: Record<string, string> = { issuekey: 'key', type: 'issuetype', fixversions: 'fixversion', components: 'component' };

function matcher(ctx: RouteContext, clause: Clause): (issue: IssueData) => boolean {
  const indexed = indexedValueNamed(ctx.state.indexedValues, clause.field);
  if (indexed) return propertyMatcher(indexed, clause);
  if (['>', '>=', '<', '<='].includes(clause.operator))
    throw jiraError(400, [`Error in the JQL Query: the sandbox does not support '${clause.operator}' for field '${clause.field}'.`]);
  const field = ALIASES[clause.field] ?? clause.field;
  const read = Object.hasOwn(FIELDS, field) ? FIELDS[field] : undefined;
  if (!read) throw jiraError(400, [`Field '${clause.field}' does not exist or you do not have permission to view it.`]);
  const me = ctx.caller.kind === 'user' ? ctx.caller.user.accountId : '';
  const wanted = clause.values.map((v) => (v.toLowerCase() === 'currentuser()' ? me : v).toLowerCase());
  if (field === 'project') {
    const unknown = clause.values.find(
      (v) => !findProject(ctx.state.data, v) && !ctx.state.data.projects.some((p) => p.name.toLowerCase() === v.toLowerCase()),
    );
    if (unknown !== undefined) throw jiraError(400, [`The value '${unknown}' does not exist for the field 'project'.`]);
  }
  const valuesOf = (issue: IssueData) =>
    read(ctx.state.data, issue)
      .filter((v): v is string => v !== undefined)
      .map((v) => v.toLowerCase());
  switch (clause.operator) {
    case 'is':
    case 'is not': {
      if (wanted[0] !== 'empty' && wanted[0] !== 'null') throw jiraError(400, [`Error in the JQL Query: '${clause.operator.toUpperCase()}' needs EMPTY.`]);
      return (issue) => (valuesOf(issue).length === 0) === (clause.operator === 'is');
    }
    case '~':
      return (issue) => valuesOf(issue).some((v) => v.includes(wanted[0] ?? ''));
    case '!=':
    case 'not in':
      return (issue) => !valuesOf(issue).some((v) => wanted.includes(v));
    default:
      return (issue) => valuesOf(issue).some((v) => wanted.includes(v));
  }
}

const keyNumber = (issue: IssueData) => Number(issue.key.slice(issue.key.lastIndexOf('-') + 1));
const SORTS: Record<string, (a: IssueData, b: IssueData) => number> = {
  key: (a, b) => a.key.slice(0, a.key.lastIndexOf('-')).localeCompare(b.key.slice(0, b.key.lastIndexOf('-'))) || keyNumber(a) - keyNumber(b),
  created: (a, b) => a.created.localeCompare(b.created),
  updated: (a, b) => a.updated.localeCompare(b.updated),
  priority: (a, b) => Number(a.priorityId) - Number(b.priorityId),
  summary: (a, b) => a.summary.localeCompare(b.summary),
};

function run(ctx: RouteContext, query: Query): IssueData[] {
  if (query.clauses.length === 0) throw jiraError(400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
  const tests = query.clauses.map((clause) => matcher(ctx, clause));
  const order = query.orderBy.length > 0 ? query.orderBy : [{ field: 'key', descending: true }];
  const compare = order.map(({ field, descending }) => {
    const sort = SORTS[field === 'issuekey' ? 'key' : field];
    if (!sort) throw jiraError(400, [`Error in the JQL Query: the sandbox cannot order by '${field}'.`]);
    return (a: IssueData, b: IssueData) => (descending ? -sort(a, b) : sort(a, b));
  });
  const visible = can(ctx.caller, 'browse') ? ctx.state.data.issues : [];
  return visible.filter((issue) => tests.every((test) => test(issue))).sort((a, b) => compare.reduce((r, c) => r || c(a, b), 0));
}

function pageStart(token: string | null): number {
  if (token === null) return 0;
  const offset = Number(/^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'))?.[1]);
  if (!Number.isInteger(offset)) throw jiraError(400, ['The nextPageToken is not valid.']);
  return offset;
}

export const searchRoutes = [
  route('GET', '/rest/api/3/search/jql', (ctx) => {
    const found = run(ctx, parseJql(ctx.query.get('jql') ?? ''));
    const start = pageStart(ctx.query.get('nextPageToken'));
    const size = Math.min(5000, Math.max(1, Number.parseInt(ctx.query.get('maxResults') ?? '50', 10) || 50));
    const shape = issueShapeFromQuery(ctx.query, 'id');
    const issues = found.slice(start, start + size).map((issue) => serializeIssue(envOf(ctx), issue, { ...shape, names: false }));
    const names =
      shape.names && !shape.fields.idOnly
        ? Object.fromEntries(
            ctx.state.data.fields.filter((f) => issues.some((i) => Object.hasOwn((i.fields as object | undefined) ?? {}, f.id))).map((f) => [f.id, f.name]),
          )
        : undefined;
    const isLast = start + size >= found.length;
    sendJson(ctx.res, 200, {
      issues,
      ...(names ? { names } : {}),
      ...(isLast ? {} : { nextPageToken: Buffer.from(`offset:${start + size}`).toString('base64url') }),
      isLast,
    });
  }),
];
