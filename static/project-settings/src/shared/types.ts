/** The shapes the configuration screens receive from config-resolver (see src/config). */
import type { HistoryEntry } from '../../../../src/config/gate-history';
import type { GateSetState } from '../../../../src/config/gate-set-state';
import type { RulePlace, RuleUsage } from '../../../../src/config/rule-usage';
import type { CriterionResult, Verdict } from '../../../../src/domain/verdict';

export type { CriterionResult, GateSetState, HistoryEntry, RulePlace, RuleUsage, Verdict };

export interface Principals {
  groups?: string[];
  projectRoles?: string[];
  accountIds?: string[];
}
export interface Criterion {
  id: string;
  kind: string;
  label?: string;
  required?: boolean;
  hint?: string;
  waivableBy?: Principals;
  field?: string;
  require?: string[];
  forbid?: string[];
  linkType?: string;
  direction?: 'inward' | 'outward' | 'both';
  approvers?: Principals;
  count?: number;
  sections?: string[];
}
export interface Gate {
  id: string;
  name: string;
  description?: string;
  appliesTo?: { issueTypes: string[] };
  qaVerifiers?: Principals;
  criteria: Criterion[];
}
export interface Catalogs {
  fields: Array<{ id: string; name: string; custom: boolean }>;
  linkTypes: Array<{ name: string; inward: string; outward: string }>;
  projectRoles: string[];
}
export interface ConfigData {
  projectKey: string;
  rights: { administerProject: boolean; jiraAdmin: boolean };
  project: GateSetState;
  governedBy: 'project' | 'site' | 'built-in';
  templates: Array<{ source: 'built-in' | 'site'; gate: Gate }>;
  siteProblem?: string;
  catalogs: Catalogs;
  ruleUsage: RuleUsage;
}
