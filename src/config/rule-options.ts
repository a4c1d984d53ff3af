import * as z from 'zod';
import type { Gate } from '../domain/gates/gate-schema';
import { BUILT_IN_TEMPLATES } from '../domain/templates';
import { failure, success, type Envelope, type ResolverError } from '../resolvers/envelope';
import { nowIso, sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { forgetGateTransitions } from '../next-steps/gate-transitions';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { noteGateUsed } from './gate-usage';
import { loadProjectIndex } from './project-index';
import { readGateSet } from './read-gate-set';
import { openRuleScope, type RuleScope } from './rule-scope';
import { ruleSummary } from './rule-summary';
import type { Say } from '../domain/words/say';
import { problem } from '../domain/problems';

/** A gate a workflow rule can point to, and where it is kept. */
export interface RuleGateOption {
  id: string;
  name: string;
  criteria: number;
  source: string;
}
export interface RuleOptions {
  options: RuleGateOption[];
  /** The one-line summary of the rule's current choice, when one was named. */
  summary?: string;
}

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'problems.slug');
/** The project comes only from the Forge context (see rule-scope.ts): a payload naming one is refused. */
export const ruleOptionsPayload = z.strictObject({ gateId: slug.optional(), failOpen: z.boolean().optional() });

type Allowed = { ok: true; accountId: string; input: z.infer<typeof ruleOptionsPayload>; scope: RuleScope; say: Say } | { ok: false; error: ResolverError };

/** Who is calling, the payload, then the right to edit the rule's workflow, checked as the caller. */
async function openRuleConfig(deps: IssueResolverDeps, request: ResolverRequest): Promise<Allowed> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(ruleOptionsPayload, request.payload, say);
  if (!input.ok) return input;
  const scoped = await openRuleScope(deps, request.context, say);
  if (!scoped.ok) return scoped;
  return { ok: true, accountId: who.caller.accountId, input: input.value, scope: scoped.scope, say };
}

/**
 * Every gate a rule can name: the projects' own (the validator uses the item's project's; a
 * team-managed workflow's items are all of its one project), the site's, the built-ins; first
 * definition of an id wins.
 */
async function allOptions(deps: IssueResolverDeps, scope: RuleScope, say: Say): Promise<{ options: RuleGateOption[]; gates: Map<string, Gate> }> {
  const projects = scope.kind === 'team-managed' ? [{ key: scope.projectKey, id: scope.projectId }] : await loadProjectIndex(deps.store);
  const sets = await Promise.all([
    ...projects.map((p) => readGateSet(deps.store, { kind: 'project', projectKey: p.key, ...(p.id ? { projectId: p.id } : {}) })),
    readGateSet(deps.store, { kind: 'site' }),
  ]);
  const sources = [...projects.map((p) => say('rule.source.project', { project: p.key })), say('rule.source.site')];
  const gates = new Map<string, Gate>();
  const options: RuleGateOption[] = [];
  const add = (gate: Gate, source: string) => {
    const known = options.find((o) => o.id === gate.id);
    if (known) return void (known.source = `${known.source}, ${source}`);
    gates.set(gate.id, gate);
    options.push({ id: gate.id, name: gate.name, criteria: gate.criteria.length, source });
  };
  sets.forEach((set, i) => set.ok && set.set.gates.forEach((g) => add(g, sources[i] ?? '')));
  BUILT_IN_TEMPLATES.forEach((g) => add(g, say('rule.source.builtIn')));
  return { options, gates };
}

/** `getRuleOptions`: the gates the rule screen offers and, for `view`, the summary of the chosen one. */
export async function getRuleOptions(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<RuleOptions>> {
  const opened = await openRuleConfig(deps, request);
  if (!opened.ok) return opened;
  const { options, gates } = await allOptions(deps, opened.scope, opened.say);
  const { gateId, failOpen } = opened.input;
  return success({ options, ...(gateId ? { summary: ruleSummary(gates.get(gateId), gateId, failOpen === true, opened.say) } : {}) });
}

/** `chooseRuleGate`: notes that a rule now points to the gate (for the "in use" warning) and answers its summary. */
export async function chooseRuleGate(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<RuleOptions>> {
  const opened = await openRuleConfig(deps, request);
  if (!opened.ok) return opened;
  const { gateId, failOpen } = opened.input;
  const { say } = opened;
  if (!gateId) return failure('BAD_INPUT', say('errors.pickGate'), [problem('gateId', 'problems.required')]);
  const { options, gates } = await allOptions(deps, opened.scope, say);
  if (!gates.has(gateId)) return failure('BAD_INPUT', say('errors.noSuchGate', { gate: gateId }), [problem('gateId', 'problems.notFound')]);
  await noteGateUsed(deps.store, gateId, { at: nowIso(deps), accountId: opened.accountId });
  // The panel's list of which transitions each gate guards is out of date now.
  await forgetGateTransitions(deps.store);
  return success({ options, summary: ruleSummary(gates.get(gateId), gateId, failOpen === true, say) });
}
