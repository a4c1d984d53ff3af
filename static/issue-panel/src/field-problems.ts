import type { Draft } from './draft';
import type { ResolverError } from './types';
import { ownEntry, setOwnEntry } from '../../../src/domain/own-entry';
import { sayProblem } from '../../../src/domain/say-problem';
import { itemProblemPlace } from '../../../src/domain/records/item-problem-place';
import type { Translate } from '../../shared/translate';

/** Field key → message: `summary`, `testData`, `releaseNotes`, `behaviours`, `risks`, a row's key, or `general` (the whole package). */
export type FieldProblems = Record<string, string>;

const kept = (rows: Array<{ key: string; text: string }>) => rows.filter((row) => row.text.trim() !== '').map((row) => row.key);

/**
 * Places each problem the app named (by payload path, e.g. `handoff.expectedBehaviours[2].text`)
 * next to the field it is about. Blank rows are not sent, so indexes are mapped back to rows.
 */
export function fieldProblems(error: ResolverError | undefined, draft: Draft, t: Translate): FieldProblems {
  const found: FieldProblems = {};
  const rows = { expectedBehaviours: kept(draft.behaviours), riskAreas: kept(draft.risks) };
  for (const problem of error?.problems ?? []) {
    const match = /^handoff\.(\w+)(?:\[(\d+)\])?/.exec(problem.path);
    const [, section, index] = match ?? [];
    let key: string | undefined = section ?? 'general';
    if (section === 'expectedBehaviours' || section === 'riskAreas') {
      key = index === undefined ? (section === 'expectedBehaviours' ? 'behaviours' : 'risks') : rows[section][Number(index)];
    }
    // A problem's words about a field are a predicate ("is 10,001 characters; …"): its name makes them a sentence.
    const place = problem.words ? itemProblemPlace(problem.path, t) : problem.path;
    const text = place === problem.path ? sayProblem(problem, t) : `${place} ${sayProblem(problem, t)}`;
    if (key) setOwnEntry(found, key, ownEntry(found, key) ? `${ownEntry(found, key)}; ${text}` : text);
  }
  return found;
}
