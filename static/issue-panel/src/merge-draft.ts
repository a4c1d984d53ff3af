import type { HandoffSection } from '../../../src/domain/handoff/handoff-sections';
import { draftFrom, type Draft } from './draft';
import type { HandoffView } from './types';

/** What a three-way merge did, section by section. */
export interface Merged {
  draft: Draft;
  /** Sections only the other person changed: their words now in the form. */
  taken: HandoffSection[];
  /** Sections both changed: the person's own words kept (theirs are shown above the form). */
  clashes: HandoffSection[];
}

/** A section's words as the form holds them (formatting as typed), to compare the three sides alike. */
type Words = (d: Draft) => string;

const rows = (list: ReadonlyArray<{ id?: string; text: string; severity?: string }>) =>
  JSON.stringify(list.filter((r) => r.text.trim() !== '').map((r) => [r.id ?? '', r.text, r.severity ?? '']));
const WORDS: Record<HandoffSection, Words> = {
  summary: (d) => d.summary,
  expectedBehaviours: (d) => rows(d.behaviours),
  riskAreas: (d) => rows(d.risks),
  testData: (d) => d.testData,
  releaseNotes: (d) => d.releaseNotes,
};
const DRAFT_KEYS = { summary: 'summary', expectedBehaviours: 'behaviours', riskAreas: 'risks', testData: 'testData', releaseNotes: 'releaseNotes' } as const;

/**
 * Merges the person's draft with the package someone else saved since: for each section, the
 * side that changed it wins; when both did, the person's own text stays (nothing typed is lost).
 */
export function mergeDraft(base: HandoffView, mine: Draft, theirs: HandoffView): Merged {
  const theirDraft = draftFrom(theirs);
  const baseDraft = draftFrom(base);
  const draft: Draft = { ...mine };
  const taken: HandoffSection[] = [];
  const clashes: HandoffSection[] = [];
  for (const section of Object.keys(WORDS) as HandoffSection[]) {
    const words = WORDS[section];
    const [was, my, their] = [words(baseDraft), words(mine), words(theirDraft)];
    if (their === was || their === my) continue;
    const key = DRAFT_KEYS[section];
    if (my === was) {
      Object.assign(draft, { [key]: theirDraft[key] });
      taken.push(section);
    } else clashes.push(section);
  }
  return { draft, taken, clashes };
}
