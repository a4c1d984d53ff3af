/** PUT /rest/api/3/issue/{issueIdOrKey}: Edit issue, with `fields` and `update`; needs Edit Issues. */
import { can, causeOf } from '../auth';
import { applyEdit, commitIssue, parseEdit } from '../field-edits';
import { jiraError, readJsonBody, sendJson, sendNoContent } from '../http';
import { envOf } from '../jira-objects';
import { findIssue, requireIssue } from '../lookup';
import { route } from '../router';
import { issueShapeFromQuery, serializeIssue } from '../serialize-issue';

export const EDIT_FORBIDDEN = 'You do not have permission to edit issues in this project.';

export const issueEditRoutes = [
  route('PUT', '/rest/api/3/issue/{issueIdOrKey}', async (ctx) => {
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    const overrides = ['overrideScreenSecurity', 'overrideEditableFlag'].some((name) => ctx.query.get(name) === 'true');
    if (overrides && !can(ctx.caller, 'administerProject')) {
      throw jiraError(403, ['Only project administrators and apps can override screen security or the editable flag.']);
    }
    if (!can(ctx.caller, 'edit')) throw jiraError(403, [EDIT_FORBIDDEN]);
    const edit = parseEdit(await readJsonBody(ctx.req));
    const { issue: edited, changed } = applyEdit(ctx.state.data, issue, edit);
    commitIssue(ctx.state.data, edited);
    ctx.state.save();
    ctx.state.emitIssueEvent('avi:jira:updated:issue', edited.id, causeOf(ctx.caller), changed);
    if (ctx.query.get('returnIssue') !== 'true') return sendNoContent(ctx.res);
    const saved = findIssue(ctx.state.data, edited.id) ?? edited;
    sendJson(ctx.res, 200, serializeIssue(envOf(ctx), saved, issueShapeFromQuery(ctx.query, 'all')));
  }),
];
