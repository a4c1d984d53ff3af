import * as z from 'zod';
import { HANDOFF_SECTIONS } from '../handoff/handoff-sections';
import { handoffSectionFilled } from '../criteria/handoff-complete/handoff-complete';
import { behaviourState } from '../criteria/behaviours-verified/behaviours-verified';
import type { ItemRecords } from '../records/records-schema';
import type { Verdict } from '../verdict';
import { gateProgress } from './gate-progress';
import { hasVisibleText } from '../visible-text/visible-text';
import type { Principals } from '../gates/principals';
import type { LinkedDecisions } from '../decisions/linked-decisions';
import { isOpen } from '../daci/overdue';

/** The issue entity property the app writes and `jira:entityProperty` indexes for JQL. */
export const SEARCH_PROPERTY_KEY = 'shipshape';
export const SEARCH_SUMMARY_FORMAT = 'shipshape.search/v1';
/** Jira refuses property values over 32,768 characters. */
export const SEARCH_SUMMARY_MAX_CHARACTERS = 32768;
/** Longest list the summary carries; a gate set with more gates or checks is cut (rare). */
const MAX_LIST = 100;

const summarySchema = z.object({
  format: z.literal(SEARCH_SUMMARY_FORMAT),
  failingGates: z.array(z.string()),
  passingGates: z.array(z.string()),
  failingChecks: z.array(z.string()),
  handoff: z.enum(['complete', 'incomplete', 'empty']),
  handoffMissing: z.array(z.string()),
  /** `retest`: failed, and the bug filed from the failure is done since (QA's turn). */
  behaviours: z.object({ total: z.number(), passed: z.number(), failed: z.number(), retest: z.number(), unverified: z.number() }),
  /** DACI decisions that link the item and are still open (not started or in progress). */
  openDecisions: z.number(),
  checkedAt: z.string(),
});

/**
 * A work item's Shipshape state in a few searchable values. Only a search aid: anyone who may
 * edit the item can overwrite an issue property, so nothing ever gates on it.
 */
export type SearchSummary = z.infer<typeof summarySchema>;

/**
 * The summary of an item from the verdicts of the gates that apply to it (gates that do not
 * apply are left out) and its records. `checkedAt` is when this summary was computed.
 */
export function searchSummary(
  verdicts: readonly Verdict[],
  records: ItemRecords,
  checkedAt: string,
  qaVerifiers?: Principals,
  decisions?: LinkedDecisions,
): SearchSummary {
  const progress = verdicts.filter((v) => v.applicable).map(gateProgress);
  const missing = HANDOFF_SECTIONS.filter((s) => !handoffSectionFilled(records.handoff, s));
  const behaviours = (records.handoff?.expectedBehaviours ?? []).filter((b) => hasVisibleText(b.text));
  const states = behaviours.map((b) => behaviourState(records, b, qaVerifiers));
  return {
    format: SEARCH_SUMMARY_FORMAT,
    failingGates: progress
      .filter((p) => !p.passed)
      .map((p) => p.gate)
      .slice(0, MAX_LIST),
    passingGates: progress
      .filter((p) => p.passed)
      .map((p) => p.gate)
      .slice(0, MAX_LIST),
    failingChecks: progress.flatMap((p) => p.failing.map((id) => `${p.gate}/${id}`)).slice(0, MAX_LIST),
    handoff: missing.length === 0 ? 'complete' : missing.length === HANDOFF_SECTIONS.length ? 'empty' : 'incomplete',
    handoffMissing: missing,
    behaviours: {
      total: behaviours.length,
      passed: states.filter((s) => s === 'passed').length,
      failed: states.filter((s) => s === 'failed').length,
      retest: states.filter((s) => s === 'retest').length,
      unverified: states.filter((s) => s === 'untested' || s === 'changed since verified').length,
    },
    openDecisions: decisions?.state === 'read' ? decisions.decisions.filter(isOpen).length : 0,
    checkedAt,
  };
}

/** A stored value as a summary, or undefined when it is absent or not one (e.g. overwritten by hand). */
export function readSearchSummary(value: unknown): SearchSummary | undefined {
  const parsed = summarySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** True when `next` says nothing `previous` does not: then the property is not rewritten. */
export function sameSearchSummary(previous: unknown, next: SearchSummary): boolean {
  const before = readSearchSummary(previous);
  if (!before) return false;
  const { checkedAt: _a, ...a } = before;
  const { checkedAt: _b, ...b } = next;
  return JSON.stringify(a) === JSON.stringify(b);
}
