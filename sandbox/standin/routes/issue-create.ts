/**
 * POST /rest/api/3/issue (Create issue: project, work type, summary, ADF description; the caller
 * is the reporter; needs Browse and Edit in the demo's rights, standing in for Create Issues) and
 * POST /rest/api/3/issueLink (Link issues; the request's `inwardIssue` is the one the outward
 * words start from: "inwardIssue blocks outwardIssue").
 */
import * as z from 'zod';
import { can, causeOf } from '../auth';
import { jiraTimestamp } from '../field-edits';
import { jiraError, readJsonBody, sendJson } from '../http';
import { findProject, requireIssue } from '../lookup';
import { route } from '../router';
import type { IssueData } from '../standin-data';

const named = z.union([z.looseObject({ id: z.string() }), z.looseObject({ key: z.string() }), z.looseObject({ name: z.string() })]);
const createSchema = z.looseObject({
  fields: z.looseObject({
    project: named,
    issuetype: named,
    summary: z.string().trim().min(1, 'You must specify a summary of the issue.').max(255, 'Summary must be less than 255 characters.'),
    description: z.looseObject({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.unknown()) }).optional(),
  }),
});
const linkSchema = z.looseObject({ type: named, inwardIssue: named, outwardIssue: named });

const fieldErrors = (error: z.ZodError) => Object.fromEntries(error.issues.map((i) => [String(i.path.at(-1) ?? 'body'), i.message]));

export const issueCreateRoutes = [
  route('POST', '/rest/api/3/issue', async (ctx) => {
    const parsed = createSchema.safeParse(await readJsonBody(ctx.req));
    if (!parsed.success) throw jiraError(400, [], fieldErrors(parsed.error));
    const { fields } = parsed.data;
    const data = ctx.state.data;
    const project = findProject(data, 'key' in fields.project ? String(fields.project.key) : 'id' in fields.project ? String(fields.project.id) : '');
    if (!project) throw jiraError(400, [], { project: 'Specify a valid project ID or key' });
    if (!can(ctx.caller, 'browse') || !can(ctx.caller, 'edit')) throw jiraError(403, ['You do not have permission to create issues in this project.']);
    const wanted = fields.issuetype as Record<string, unknown>;
    const type = data.issueTypes.find((t) => project.issueTypeIds.includes(t.id) && (t.id === wanted['id'] || t.name === wanted['name']));
    if (!type) throw jiraError(400, [], { issuetype: 'Specify an issue type' });
    const status = data.statuses.find((s) => s.category === 'new');
    if (!status || ctx.caller.kind !== 'user') throw jiraError(400, ['The stand-in creates issues only as a person.']);
    const number = 1 + Math.max(0, ...data.issues.filter((i) => i.projectId === project.id).map((i) => Number(i.key.split('-')[1])));
    const id = String(1 + Math.max(10000, ...data.issues.map((i) => Number(i.id))));
    const now = jiraTimestamp();
    const issue: IssueData = {
      id,
      key: `${project.key}-${number}`,
      projectId: project.id,
      issueTypeId: type.id,
      statusId: status.id,
      priorityId: data.priorities[Math.floor(data.priorities.length / 2)]?.id ?? '3',
      summary: fields.summary,
      description: fields.description ?? null,
      assigneeId: null,
      reporterId: ctx.caller.user.accountId,
      creatorId: ctx.caller.user.accountId,
      labels: [],
      fixVersionIds: [],
      componentIds: [],
      duedate: null,
      resolutionId: null,
      resolutionDate: null,
      created: now,
      updated: now,
      statusCategoryChangeDate: now,
      custom: {},
      properties: {},
    };
    data.issues.push(issue);
    ctx.state.save();
    ctx.state.emitIssueEvent('avi:jira:created:issue', id, causeOf(ctx.caller));
    sendJson(ctx.res, 201, { id, key: issue.key, self: `${ctx.base}/rest/api/3/issue/${id}` });
  }),
  route('POST', '/rest/api/3/issueLink', async (ctx) => {
    const parsed = linkSchema.safeParse(await readJsonBody(ctx.req));
    if (!parsed.success) throw jiraError(400, [], fieldErrors(parsed.error));
    const data = ctx.state.data;
    const wanted = parsed.data.type as Record<string, unknown>;
    const type = data.linkTypes.find((t) => t.id === wanted['id'] || t.name === wanted['name']);
    if (!type) throw jiraError(404, [`No issue link type with name '${String(wanted['name'] ?? wanted['id'])}' found.`]);
    const keyOf = (ref: Record<string, unknown>) => String(ref['key'] ?? ref['id'] ?? '');
    const from = requireIssue(ctx, keyOf(parsed.data.inwardIssue as Record<string, unknown>));
    const to = requireIssue(ctx, keyOf(parsed.data.outwardIssue as Record<string, unknown>));
    if (!can(ctx.caller, 'edit')) throw jiraError(403, ['You do not have the permission to link issues.']);
    const known = data.links.some((l) => l.typeId === type.id && l.sourceId === from.id && l.targetId === to.id);
    if (!known)
      data.links.push({ id: String(1 + Math.max(10000, ...data.links.map((l) => Number(l.id)))), typeId: type.id, sourceId: from.id, targetId: to.id });
    ctx.state.save();
    ctx.state.emitIssueEvent('avi:jira:updated:issue', to.id, causeOf(ctx.caller), ['issuelinks']);
    ctx.res.writeHead(201).end();
  }),
];
