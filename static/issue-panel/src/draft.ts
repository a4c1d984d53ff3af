import type { HandoffView, Severity } from './types';
import { formattedPayload, sourceOf } from './formatted-text';

/** A row being edited; `id` is the saved id (kept so verifications follow the behaviour). */
export interface DraftRow {
  key: string;
  id?: string;
  text: string;
}
export interface DraftRisk extends DraftRow {
  severity: Severity;
}

/** The edit form's text (formatting as typed, see formatted-text.ts): the engineer's own, kept whatever the app answers. */
export interface Draft {
  summary: string;
  behaviours: DraftRow[];
  risks: DraftRisk[];
  testData: string;
  releaseNotes: string;
}

let nextKey = 0;
export const newKey = () => `row-${++nextKey}`;

export function draftFrom(handoff: HandoffView): Draft {
  return {
    summary: sourceOf(handoff.summary, handoff.summaryAdf),
    behaviours: handoff.expectedBehaviours.map((b) => ({ key: newKey(), id: b.id, text: sourceOf(b.text, b.adf) })),
    risks: handoff.riskAreas.map((r) => ({ key: newKey(), id: r.id, text: sourceOf(r.text, r.adf), severity: r.severity })),
    testData: sourceOf(handoff.testData, handoff.testDataAdf),
    releaseNotes: sourceOf(handoff.releaseNotes, handoff.releaseNotesAdf),
  };
}

const withId = <T extends { id?: string }>(row: T) => (row.id ? { id: row.id } : {});

/** A section's payload: its text, and `<key>Adf` when it has formatting. */
function section<K extends string>(key: K, source: string) {
  const { text, adf } = formattedPayload(source);
  return { [key]: text, ...(adf ? { [`${key}Adf`]: adf } : {}) };
}

/** The saveHandoff payload's `handoff`: every section, empty rows left out, formatting as ADF. */
export function handoffPayload(draft: Draft) {
  return {
    ...section('summary', draft.summary),
    expectedBehaviours: draft.behaviours.filter((b) => b.text.trim() !== '').map((b) => ({ ...withId(b), ...formattedPayload(b.text) })),
    riskAreas: draft.risks.filter((r) => r.text.trim() !== '').map((r) => ({ ...withId(r), ...formattedPayload(r.text), severity: r.severity })),
    ...section('testData', draft.testData),
    ...section('releaseNotes', draft.releaseNotes),
  };
}

/** Moves the item at `from` one step up (-1) or down (+1). */
export function moved<T>(items: T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= items.length) return items;
  const copy = [...items];
  [copy[from], copy[to]] = [copy[to] as T, copy[from] as T];
  return copy;
}

/** The package's words only (not QA's results), to tell whether someone else changed it. */
export const handoffText = (h: HandoffView) => {
  const d = draftFrom(h);
  return JSON.stringify([d.summary, d.behaviours.map((b) => [b.id, b.text]), d.risks.map((r) => [r.id, r.text, r.severity]), d.testData, d.releaseNotes]);
};
