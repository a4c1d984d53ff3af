/**
 * GET /rest/api/3/workflow/rule/config: the calling app's transition rules in the workflows, as
 * Jira answers apps only. The stand-in's only app is Shipshape, whose one rule type is the
 * `shipshape-gate` validator; its saved configuration is the JSON string onConfigure returned.
 */
import { jiraError, listParam, sendJson } from '../http';
import { route, type RouteContext } from '../router';
import type { TransitionRule, Workflow } from '../standin-data';

const RULE_TYPES = ['postfunction', 'condition', 'validator'] as const;
/** How Jira names a Forge validator: the module's extension key. */
export const GATE_RULE_KEY = 'ari:cloud:ecosystem::extension/5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42/sandbox/static/shipshape-gate';

function whole(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const text = query.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) throw jiraError(400, [`The ${name} parameter must be a whole number from 0 to ${max}.`]);
  return value;
}

const valueOf = (configuration: unknown) => (typeof configuration === 'string' ? configuration : JSON.stringify(configuration ?? {}));

function validatorsOf(workflow: Workflow, withTransition: boolean) {
  return workflow.transitions.flatMap((transition) =>
    transition.rules
      .filter((r: TransitionRule) => r.type === 'shipshape-gate')
      .map((rule) => ({
        id: rule.id,
        key: GATE_RULE_KEY,
        configuration: { value: valueOf(rule.configuration), disabled: false },
        ...(withTransition ? { transition: { id: Number(transition.id), name: transition.name } } : {}),
      })),
  );
}

function answer(ctx: RouteContext) {
  if (ctx.caller.kind !== 'app') throw jiraError(403, ['Only Connect and Forge apps can use this operation.']);
  const types = listParam(ctx.query, 'types');
  if (types.length === 0) throw jiraError(400, ['The types parameter is required: postfunction, condition or validator.']);
  const unknown = types.find((t) => !(RULE_TYPES as readonly string[]).includes(t));
  if (unknown !== undefined) throw jiraError(404, [`The transition rule type '${unknown}' is not supported.`]);
  const startAt = whole(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
  const maxResults = whole(ctx.query, 'maxResults', 10, 50);
  const withTransition = listParam(ctx.query, 'expand').includes('transition');
  // Every stand-in workflow is published: asking for drafts only finds none.
  const workflows = ctx.query.get('draft') === 'true' ? [] : ctx.state.data.workflows;
  const all = workflows
    .map((workflow) => ({ workflow, validators: types.includes('validator') ? validatorsOf(workflow, withTransition) : [] }))
    .filter(({ validators }) => validators.length > 0)
    .map(({ workflow, validators }) => ({
      workflowId: { name: workflow.name, draft: false },
      ...(types.includes('postfunction') ? { postFunctions: [] } : {}),
      ...(types.includes('condition') ? { conditions: [] } : {}),
      ...(types.includes('validator') ? { validators } : {}),
    }));
  const values = all.slice(startAt, startAt + maxResults);
  return { isLast: startAt + values.length >= all.length, maxResults, startAt, total: all.length, values };
}

export const workflowRuleRoutes = [route('GET', '/rest/api/3/workflow/rule/config', (ctx) => sendJson(ctx.res, 200, answer(ctx)))];
