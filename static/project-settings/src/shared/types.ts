/** The shapes the configuration screens receive from config-resolver (see src/config). */
import type { HistoryEntry } from '../../../../src/config/gate-history';
import type { GateSetState } from '../../../../src/config/gate-set-state';
import type { RulePlace, RuleUsage } from '../../../../src/config/rule-usage';
import type { CriterionResult, Verdict } from '../../../../src/domain/verdict';
import type { Criterion } from '../../../../src/domain/gates/criterion-schema';
import type { Gate } from '../../../../src/domain/gates/gate-schema';
import type { Principals } from '../../../../src/domain/gates/principals';
import type { Catalogs } from '../../../../src/config/read-catalogs';
import type { ReindexStatus } from '../../../../src/search-index/reindex-job';

export type { Catalogs, ReindexStatus, Criterion, CriterionResult, Gate, GateSetState, HistoryEntry, Principals, RulePlace, RuleUsage, Verdict };

export interface ConfigData {
  projectKey: string;
  rights: { administerProject: boolean; jiraAdmin: boolean };
  project: GateSetState;
  governedBy: 'project' | 'site' | 'built-in';
  templates: Array<{ source: 'built-in' | 'site'; gate: Gate }>;
  siteProblem?: string;
  catalogs: Catalogs;
  reindex?: ReindexStatus;
  ruleUsage: RuleUsage;
}
