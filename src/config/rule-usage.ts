import { getWorkflowRuleConfigs, MAX_RULE_PAGES, RULE_PAGE_SIZE, type AppValidatorRule } from '../jira/get-workflow-rule-configs';
import { asApp, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { parseRuleConfig } from '../validator/rule-config';
import { loadGateUsage } from './gate-usage';

/** Where one workflow rule sits: "Software workflow → Done (published)". */
export interface RulePlace {
  workflow: string;
  draft: boolean;
  transition?: { id: string; name: string };
  disabled?: boolean;
}

/**
 * Which workflow rules name each gate id. The validator resolves a gate id in the moved item's
 * project, so a rule naming "dod" in a workflow shared by several projects counts as a use of
 * every project's "dod".
 */
export interface RuleUsage {
  /** `jira`: read from Jira's workflows; `remembered`: Jira could not be read, so the ids chosen on Shipshape's rule screen. */
  source: 'jira' | 'remembered';
  /** Gate id → the rules that name it (empty places when only remembered). */
  byGate: Record<string, RulePlace[]>;
  /** Rules whose saved configuration names no gate Shipshape can read. */
  unreadable: Array<RulePlace & { problem: string }>;
  /** Set when the list may be incomplete, saying why. */
  incomplete?: string;
}

const placeOf = ({ workflow, draft, transition, disabled }: AppValidatorRule): RulePlace => ({
  workflow,
  draft,
  ...(transition ? { transition } : {}),
  ...(disabled ? { disabled } : {}),
});

/** Gate id → places, and the rules that could not be read, from Jira's list of the app's validator rules. */
export function usageFromRules(rules: readonly AppValidatorRule[]): Pick<RuleUsage, 'byGate' | 'unreadable'> {
  // A Map: gate ids are user-chosen slugs, and `constructor` is one.
  const byGate = new Map<string, RulePlace[]>();
  const unreadable: RuleUsage['unreadable'] = [];
  for (const rule of rules) {
    const parsed = parseRuleConfig(rule.value);
    if (parsed.ok) byGate.set(parsed.value.gateId, [...(byGate.get(parsed.value.gateId) ?? []), placeOf(rule)]);
    else unreadable.push({ ...placeOf(rule), problem: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
  }
  return { byGate: Object.fromEntries(byGate), unreadable };
}

/** The rules using each gate, from Jira as the app; when Jira cannot be read, the remembered ids, marked incomplete. */
export async function readRuleUsage(deps: IssueResolverDeps): Promise<RuleUsage> {
  const read = await getWorkflowRuleConfigs(asApp(deps));
  if (read.ok) {
    const cut = `Only the first ${MAX_RULE_PAGES * RULE_PAGE_SIZE} workflows with Shipshape rules were read, so other rules may use these gates too.`;
    return { source: 'jira', ...usageFromRules(read.rules), ...(read.complete ? {} : { incomplete: cut }) };
  }
  const remembered = await loadGateUsage(deps.store);
  return {
    source: 'remembered',
    byGate: Object.fromEntries(
      Object.keys(remembered)
        .sort()
        .map((id) => [id, []]),
    ),
    unreadable: [],
    incomplete: `Jira's workflow rules could not be read (${read.message}), so "in use" shows only the gates chosen on Shipshape's rule screen; rules set or removed another way are not seen.`,
  };
}
