import * as z from 'zod';
import { type Parsed, problem, problemsFromZod } from '../domain/problems';

/**
 * What a workflow rule stores (via workflowRules.onConfigure): a reference to a gate, kept
 * small and far below Jira's 32 KB cap. `failOpen` lets the transition through when the
 * check cannot run at all (Jira unavailable); it never lets a failing gate through.
 */
export const ruleConfigSchema = z.looseObject({
  gateId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'problems.slug'),
  failOpen: z.boolean().optional(),
  /** The language the rule was set up in (the admin's): the language of its block messages. */
  locale: z.string().max(20).optional(),
});
export type RuleConfig = z.infer<typeof ruleConfigSchema>;

/** The rule has no configuration at all: added in Jira's old workflow editor, which has no settings screen for it. */
export const isUnconfigured = (raw: unknown): boolean =>
  raw === undefined ||
  raw === null ||
  raw === '' ||
  (typeof raw === 'object' && Object.keys(raw).length === 0) ||
  (typeof raw === 'string' && /^\s*(\{\s*\}|null)?\s*$/.test(raw));

/** Jira hands the configuration over as the JSON string onConfigure returned, or already parsed. */
export function parseRuleConfig(raw: unknown): Parsed<RuleConfig> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return { ok: false, problems: [problem('(root)', 'problems.notJson', { detail: (error as Error).message })] };
    }
  }
  if (value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0)) {
    return { ok: false, problems: [problem('gateId', 'problems.noGateChosen')] };
  }
  const parsed = ruleConfigSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) };
}
