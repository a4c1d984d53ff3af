/**
 * GET and POST /rest/api/3/issue/{issueIdOrKey}/transitions. A transition runs each workflow
 * rule on it through the stand-in's rule runner with Jira's validator payload; the first rule
 * that answers `result: false` blocks it with `400 {errorMessages: [its message]}` and nothing
 * changes, as in Jira.
 */
import * as z from 'zod';
import { can, causeOf } from '../auth';
import { applyEdit, commitIssue, jiraTimestamp, parseEdit } from '../field-edits';
import { jiraError, readJsonBody, sendJson, sendNoContent } from '../http';
import { fieldValue } from '../issue-fields';
import { envOf, statusObject, type Env } from '../jira-objects';
import { byId, findIssue, must, requireIssue, workflowFor } from '../lookup';
import { route, type RouteContext } from '../router';
import type { IssueData, StandInData, WorkflowTransition } from '../standin-data';

const PATH = '/rest/api/3/issue/{issueIdOrKey}/transitions';

function available(ctx: RouteContext, issue: IssueData): WorkflowTransition[] {
  if (!can(ctx.caller, 'transition')) return [];
  return workflowFor(ctx.state.data, issue).transitions.filter((t) => t.fromStatusIds.includes(issue.statusId));
}

/** Changed fields in Get issue's shape, as Jira hands them to validators: empty lists as null, people as `{accountId}`. */
function modifiedFields(env: Env, issue: IssueData, changed: string[]): Record<string, unknown> {
  const entries = changed.flatMap((fieldId) => {
    const field = env.data.fields.find((f) => f.id === fieldId);
    if (!field) return [];
    const value = fieldValue(env, issue, field);
    if (Array.isArray(value)) return [[fieldId, value.length === 0 ? null : value]];
    const accountId = (value as { accountId?: unknown } | null)?.accountId;
    return [[fieldId, typeof accountId === 'string' ? { accountId } : value]];
  });
  return Object.fromEntries(entries);
}

function moveTo(data: StandInData, issue: IssueData, statusId: string): void {
  const category = (id: string) => must(byId(data.statuses, id), `status ${id}`).category;
  const now = jiraTimestamp();
  if (category(statusId) !== category(issue.statusId)) issue.statusCategoryChangeDate = now;
  const done = category(statusId) === 'done';
  issue.resolutionId = done ? must(data.resolutions[0], 'resolution').id : null;
  issue.resolutionDate = done ? now : null;
  issue.statusId = statusId;
}

async function runRules(ctx: RouteContext, issue: IssueData, transition: WorkflowTransition, modified: Record<string, unknown> | null): Promise<void> {
  for (const rule of transition.rules) {
    const args = {
      issue: { key: issue.key },
      configuration: structuredClone(rule.configuration),
      transition: { from: { id: issue.statusId }, to: { id: transition.toStatusId }, modifiedFields: modified },
    };
    let outcome: { result: boolean; errorMessage?: string };
    try {
      outcome = await ctx.state.runRule(
        { type: rule.type, configuration: structuredClone(rule.configuration) },
        args,
        ctx.caller.kind === 'user' ? { accountId: ctx.caller.user.accountId } : {},
      );
    } catch (error) {
      throw jiraError(400, [`The workflow rule "${rule.type}" on transition "${transition.name}" failed to run: ${(error as Error).message}`]);
    }
    if (!outcome.result) throw jiraError(400, [outcome.errorMessage ?? `The workflow rule "${rule.type}" blocked this transition.`]);
  }
}

const transitionBody = { transition: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }).optional() };

export const transitionRoutes = [
  route('GET', PATH, (ctx) => {
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    const wanted = ctx.query.get('transitionId');
    const transitions = available(ctx, issue)
      .filter((t) => wanted === null || t.id === wanted)
      .map((t) => ({
        id: t.id,
        name: t.name,
        to: statusObject(envOf(ctx), must(byId(ctx.state.data.statuses, t.toStatusId), `status ${t.toStatusId}`)),
        hasScreen: false,
        isGlobal: false,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        isLooped: false,
      }));
    sendJson(ctx.res, 200, { expand: 'transitions', transitions });
  }),
  route('POST', PATH, async (ctx) => {
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    const body = parseEdit(await readJsonBody(ctx.req), transitionBody);
    const transitionId = (body.transition as { id: string } | undefined)?.id;
    if (transitionId === undefined) throw jiraError(400, ["Missing 'transition' identifier."]);
    if (!can(ctx.caller, 'transition')) throw jiraError(400, ['You do not have permission to transition this issue.']);
    const transition = available(ctx, issue).find((t) => t.id === transitionId);
    if (!transition) throw jiraError(400, [`Transition id '${transitionId}' is not valid for this issue.`]);
    const { issue: edited, changed } = applyEdit(ctx.state.data, issue, body);
    const hasChanges = body.fields !== undefined || body.update !== undefined;
    await runRules(ctx, issue, transition, hasChanges ? modifiedFields(envOf(ctx), edited, changed) : null);
    if (findIssue(ctx.state.data, issue.id) !== issue) {
      throw jiraError(409, ['The work item was changed while its transition was being checked. Try the transition again.']);
    }
    moveTo(ctx.state.data, edited, transition.toStatusId);
    commitIssue(ctx.state.data, edited);
    ctx.state.save();
    ctx.state.emitIssueEvent('avi:jira:updated:issue', edited.id, causeOf(ctx.caller), [...changed, 'status', 'resolution']);
    sendNoContent(ctx.res);
  }),
];
