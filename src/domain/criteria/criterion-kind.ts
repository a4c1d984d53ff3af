import type * as z from 'zod';
import type { CriterionRule } from './criterion-rule';

/** What the one `Get issue` must ask for so that a criterion can be checked. */
export interface JiraNeeds {
  readonly fields: readonly string[];
  /** Whether it needs `expand=names` (to name a field as Jira's screens do). */
  readonly names?: boolean;
}

/**
 * What a kind of criterion is, without its schema and rule: light enough for every screen's
 * bundle. `C` is the criterion its schema parses.
 */
export interface KindMeta<C extends { id: string; kind: string }> {
  readonly kind: C['kind'];
  /** What the settings screen calls the kind. */
  readonly name: string;
  readonly jiraNeeds: (criterion: C) => JiraNeeds;
  /** A new criterion of this kind, as the gate editor adds it. */
  readonly blank: (id: string) => C;
}

/** A kind whole: its meta, its gate-file schema and its rule. */
export interface CriterionKindSpec<C extends { id: string; kind: string }> extends KindMeta<C> {
  readonly schema: z.ZodType<C>;
  readonly rule: CriterionRule<C>;
}

export const kindMeta = <C extends { id: string; kind: string }>(meta: KindMeta<C>): KindMeta<C> => meta;

export const NO_JIRA_FIELDS: JiraNeeds = { fields: [] };
