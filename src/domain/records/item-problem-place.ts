import type { Say } from '../words/say';

const SECTIONS = ['summary', 'expectedBehaviours', 'riskAreas', 'testData', 'releaseNotes'] as const;
const NOTES = { note: 'place.note', comment: 'place.comment', reason: 'place.reason' } as const;

/**
 * A panel payload's problem path as the panel names it, in `say`'s language:
 * `handoff.expectedBehaviours[1].text` is "Expected behaviour 2", `handoff.releaseNotes`
 * "Release notes draft", `note` "Note". Other paths are returned as they are.
 */
export function itemProblemPlace(path: string, say: Say): string {
  const row = /^handoff\.(expectedBehaviours|riskAreas)\[(\d+)\]/.exec(path);
  if (row) return say(row[1] === 'expectedBehaviours' ? 'rows.behaviour.label' : 'rows.risk.label', { number: Number(row[2]) + 1 });
  const section = SECTIONS.find((name) => path === `handoff.${name}`);
  if (section) return say(`handoffSection.${section}`);
  const note = Object.entries(NOTES).find(([name]) => path === name);
  return note ? say(note[1]) : path;
}
