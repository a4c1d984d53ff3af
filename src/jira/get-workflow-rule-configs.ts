import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraReadCode } from './read-jira';

/** One of the app's validator rules as Jira lists it: where it is and the configuration onConfigure saved. */
export interface AppValidatorRule {
  workflow: string;
  draft: boolean;
  transition?: { id: string; name: string };
  /** The saved configuration: the JSON string the rule screen's onConfigure returned. */
  value: string;
  disabled: boolean;
}

/** Jira's page size limit for this operation. */
export const RULE_PAGE_SIZE = 50;
/** At most this many pages (so 500 workflows) are read for one settings page load. */
export const MAX_RULE_PAGES = 10;

const ruleSchema = z.looseObject({
  configuration: z.looseObject({ value: z.string(), disabled: z.boolean().optional() }),
  transition: z.looseObject({ id: z.number(), name: z.string() }).optional(),
});
const pageSchema = z.looseObject({
  isLast: z.boolean().optional(),
  startAt: z.number().optional(),
  total: z.number().optional(),
  values: z
    .array(z.looseObject({ workflowId: z.looseObject({ name: z.string(), draft: z.boolean() }), validators: z.array(ruleSchema).optional() }))
    .optional(),
});

export type RuleConfigsRead = { ok: true; rules: AppValidatorRule[]; complete: boolean } | { ok: false; code: JiraReadCode; message: string };

/**
 * Every validator rule of this app in Jira's workflows, drafts included
 * (`GET /rest/api/3/workflow/rule/config?types=validator&expand=transition`, which only apps may
 * call and which lists only the calling app's rules). Reads page after page, stopping after
 * MAX_RULE_PAGES: `complete` says whether the last page was reached.
 */
export async function getWorkflowRuleConfigs(jiraAsApp: JiraAccess): Promise<RuleConfigsRead> {
  const rules: AppValidatorRule[] = [];
  let startAt = 0;
  for (let page = 0; page < MAX_RULE_PAGES; page++) {
    const query = { types: 'validator', expand: 'transition', startAt: String(startAt), maxResults: String(RULE_PAGE_SIZE) };
    const read = await readJira(
      jiraAsApp,
      { method: 'GET', path: jiraPath('getWorkflowRuleConfigs', {}), query },
      pageSchema,
      "the workflow rules that use Shipshape's validator",
    );
    if (!read.ok) return read;
    const values = read.value.values ?? [];
    for (const { workflowId, validators = [] } of values) {
      for (const { configuration, transition } of validators) {
        rules.push({
          workflow: workflowId.name,
          draft: workflowId.draft,
          ...(transition ? { transition: { id: String(transition.id), name: transition.name } } : {}),
          value: configuration.value,
          disabled: configuration.disabled === true,
        });
      }
    }
    startAt += values.length;
    const { isLast, total } = read.value;
    if (values.length === 0 || isLast === true || (isLast === undefined && (total === undefined || startAt >= total)))
      return { ok: true, rules, complete: true };
  }
  return { ok: true, rules, complete: false };
}
