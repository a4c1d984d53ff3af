/**
 * GET /rest/api/3/issue/{issueIdOrKey}: the work item with the fields, names and properties asked
 * for; POST /rest/api/3/issue/bulkfetch: up to 100 of them at once, leaving out those that do not
 * exist or the caller may not see (as Jira does: they are not errors).
 */
import { can } from '../auth';
import { jiraError, readJsonBody, sendJson } from '../http';
import { envOf } from '../jira-objects';
import { findIssue, requireIssue } from '../lookup';
import { route } from '../router';
import { parseFieldSelection } from '../field-selection';
import { issueShapeFromQuery, serializeIssue } from '../serialize-issue';

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

export const issueGetRoutes = [
  route('GET', '/rest/api/3/issue/{issueIdOrKey}', (ctx) => {
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    sendJson(ctx.res, 200, serializeIssue(envOf(ctx), issue, issueShapeFromQuery(ctx.query, 'all')));
  }),
  route('POST', '/rest/api/3/issue/bulkfetch', async (ctx) => {
    const body = (await readJsonBody(ctx.req)) as { issueIdsOrKeys?: unknown; fields?: unknown } | undefined;
    const wanted = body?.issueIdsOrKeys;
    if (!isStringList(wanted) || wanted.length === 0 || wanted.length > 100) throw jiraError(400, ['issueIdsOrKeys must list 1 to 100 work item ids or keys.']);
    const fields = parseFieldSelection(isStringList(body?.fields) ? body.fields : [], 'all');
    const env = envOf(ctx);
    const issues = can(ctx.caller, 'browse')
      ? [...new Set(wanted)].flatMap((idOrKey) => {
          const issue = findIssue(ctx.state.data, idOrKey);
          return issue ? [serializeIssue(env, issue, { fields, names: false })] : [];
        })
      : [];
    sendJson(ctx.res, 200, { issues, issueErrors: [] });
  }),
];
