import type { KindMeta } from './criterion-kind';
import { fieldSetMeta } from './field-set/field-set-meta';
import { labelsMeta } from './labels/labels-meta';
import { subtasksDoneMeta } from './subtasks-done/subtasks-done-meta';
import { linksResolvedMeta } from './links-resolved/links-resolved-meta';
import { manualMeta } from './manual/manual-meta';
import { approvalMeta } from './approval/approval-meta';
import { handoffCompleteMeta } from './handoff-complete/handoff-complete-meta';
import { behavioursVerifiedMeta } from './behaviours-verified/behaviours-verified-meta';
import { decisionsSettledMeta } from './decisions-settled/decisions-settled-meta';

/**
 * Every kind of criterion, in the order the settings screen offers them: where a kind is
 * registered. Schemas and rules stay out of this file so that screens can import it; the
 * tables that need more (kinds.ts, the settings screen's editor fields) are typed by
 * CriterionKind and do not compile until they have the new kind.
 */
export const CRITERION_KIND_CATALOG = [
  fieldSetMeta,
  labelsMeta,
  subtasksDoneMeta,
  linksResolvedMeta,
  manualMeta,
  approvalMeta,
  handoffCompleteMeta,
  behavioursVerifiedMeta,
  decisionsSettledMeta,
] as const;

type AnyMeta = (typeof CRITERION_KIND_CATALOG)[number];
export type CriterionKind = AnyMeta['kind'];
/** The criterion a kind's schema parses. */
export type CriterionOfKind<K extends CriterionKind> = Extract<AnyMeta, { kind: K }> extends KindMeta<infer C> ? C : never;

export const CRITERION_KINDS: readonly CriterionKind[] = CRITERION_KIND_CATALOG.map((meta) => meta.kind);

// A Map, not an object: a kind read from a file must never reach Object.prototype.
const BY_KIND = new Map<string, AnyMeta>(CRITERION_KIND_CATALOG.map((meta) => [meta.kind, meta]));

export function metaOf<K extends CriterionKind>(kind: K): KindMeta<CriterionOfKind<K>> {
  const meta = BY_KIND.get(kind);
  if (!meta) throw new Error(`No criterion kind "${kind}"`);
  return meta as unknown as KindMeta<CriterionOfKind<K>>;
}

/** What the settings screen calls a kind; a kind it does not know is shown as written. */
export const kindName = (kind: string): string => BY_KIND.get(kind)?.name ?? kind;
