import type { HandoffView, Severity } from './types';

/** A row being edited; `id` is the saved id (kept so verifications follow the behaviour). */
export interface DraftRow {
  key: string;
  id?: string;
  text: string;
}
export interface DraftRisk extends DraftRow {
  severity: Severity;
}

/** The edit form's text: the engineer's own, kept whatever the app answers. */
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
    summary: handoff.summary,
    behaviours: handoff.expectedBehaviours.map((b) => ({ key: newKey(), id: b.id, text: b.text })),
    risks: handoff.riskAreas.map((r) => ({ key: newKey(), id: r.id, text: r.text, severity: r.severity })),
    testData: handoff.testData,
    releaseNotes: handoff.releaseNotes,
  };
}

const withId = <T extends { id?: string }>(row: T) => (row.id ? { id: row.id } : {});

/** The saveHandoff payload's `handoff`: every section, empty rows left out. */
export function handoffPayload(draft: Draft) {
  return {
    summary: draft.summary,
    expectedBehaviours: draft.behaviours.filter((b) => b.text.trim() !== '').map((b) => ({ ...withId(b), text: b.text })),
    riskAreas: draft.risks.filter((r) => r.text.trim() !== '').map((r) => ({ ...withId(r), text: r.text, severity: r.severity })),
    testData: draft.testData,
    releaseNotes: draft.releaseNotes,
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
export const handoffText = (h: HandoffView) =>
  JSON.stringify([h.summary, h.expectedBehaviours.map((b) => [b.id, b.text]), h.riskAreas.map((r) => [r.id, r.text, r.severity]), h.testData, h.releaseNotes]);
