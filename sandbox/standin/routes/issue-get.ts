/** GET /rest/api/3/issue/{issueIdOrKey}: the work item with the fields, names and properties asked for. */
import { sendJson } from '../http';
import { envOf } from '../jira-objects';
import { requireIssue } from '../lookup';
import { route } from '../router';
import { issueShapeFromQuery, serializeIssue } from '../serialize-issue';

export const issueGetRoutes = [
  route('GET', '/rest/api/3/issue/{issueIdOrKey}', (ctx) => {
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    sendJson(ctx.res, 200, serializeIssue(envOf(ctx), issue, issueShapeFromQuery(ctx.query, 'all')));
  }),
];
