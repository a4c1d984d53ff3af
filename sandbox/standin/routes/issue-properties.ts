/** Issue entity properties: list, get, set (needs Edit Issues) and delete. */
import { can } from '../auth';
import { jiraError, readJsonBody, sendJson, sendNoContent } from '../http';
import { requireIssue } from '../lookup';
import { route, type RouteContext } from '../router';
import { EDIT_FORBIDDEN } from './issue-edit';

const MAX_PROPERTY_BYTES = 32768;
const PATH = '/rest/api/3/issue/{issueIdOrKey}/properties';
const notFound = (key: string) => jiraError(404, [`The property with key '${key}' does not exist.`]);

function target(ctx: RouteContext) {
  const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
  return { issue, key: ctx.params.propertyKey ?? '' };
}

function requireEdit(ctx: RouteContext): void {
  if (!can(ctx.caller, 'edit')) throw jiraError(403, [EDIT_FORBIDDEN]);
}

export const issuePropertyRoutes = [
  route('GET', PATH, (ctx) => {
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    const keys = Object.keys(issue.properties).map((key) => ({ self: `${ctx.base}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`, key }));
    sendJson(ctx.res, 200, { keys });
  }),
  route('GET', `${PATH}/{propertyKey}`, (ctx) => {
    const { issue, key } = target(ctx);
    if (!Object.hasOwn(issue.properties, key)) throw notFound(key);
    sendJson(ctx.res, 200, { key, value: issue.properties[key] });
  }),
  route('PUT', `${PATH}/{propertyKey}`, async (ctx) => {
    const { issue, key } = target(ctx);
    requireEdit(ctx);
    if (key.length > 255) throw jiraError(400, ['The property key cannot be longer than 255 characters.']);
    const value = await readJsonBody(ctx.req);
    if (value === undefined) throw jiraError(400, ['The property value must be valid JSON.']);
    if (Buffer.byteLength(JSON.stringify(value)) > MAX_PROPERTY_BYTES)
      throw jiraError(400, ['The property value is too long: it must be at most 32768 bytes.']);
    const existed = Object.hasOwn(issue.properties, key);
    issue.properties[key] = value;
    ctx.state.save();
    sendJson(ctx.res, existed ? 200 : 201, {});
  }),
  route('DELETE', `${PATH}/{propertyKey}`, (ctx) => {
    const { issue, key } = target(ctx);
    requireEdit(ctx);
    if (!Object.hasOwn(issue.properties, key)) throw notFound(key);
    delete issue.properties[key];
    ctx.state.save();
    sendNoContent(ctx.res);
  }),
];
