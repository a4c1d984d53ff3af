import { localNumbers } from '../say-problem';
import { plural, type Say } from '../words/say';

/** What one side of a gate-set change was, in words every language has (`changes.summary.…`); stored as change-words-schema.ts checks. */
export type ChangeWords =
  | { key: 'none' | 'deleted' }
  | { key: 'gates'; count: number }
  | { key: 'gate' | 'gateFor'; count: number; values: { name: string; types?: string | undefined; required: number; ids: string } }
  | { key: 'imported'; count: number; values: { file: number; changes: number } };

const LIST_CHARACTERS = 300;
const clipList = (items: readonly string[]) => {
  const text = items.join(', ');
  return text.length <= LIST_CHARACTERS ? text : `${text.slice(0, LIST_CHARACTERS - 1)}…`;
};

/** A gate as its change history shows it: name, work types, how many criteria (how many required) and their ids. */
export function gateWords(gate: {
  name: string;
  appliesTo?: { issueTypes: string[] } | undefined;
  criteria: readonly { id: string; required?: boolean | undefined }[];
}): ChangeWords {
  const values = { name: gate.name, required: gate.criteria.filter((c) => c.required !== false).length, ids: clipList(gate.criteria.map((c) => c.id)) };
  return gate.appliesTo
    ? { key: 'gateFor', count: gate.criteria.length, values: { ...values, types: clipList(gate.appliesTo.issueTypes) } }
    : { key: 'gate', count: gate.criteria.length, values };
}

/** One side of a change in the person's language (English is what the history also stores as text). */
export function sayChange(words: ChangeWords, say: Say): string {
  switch (words.key) {
    case 'none':
    case 'deleted':
      return say(`changes.summary.${words.key}`);
    case 'gates':
      return plural(say, 'changes.summary.gates', words.count, localNumbers({ count: words.count }, say.locale));
    case 'gate':
    case 'gateFor':
    case 'imported':
      return plural(say, `changes.summary.${words.key}`, words.count, localNumbers({ count: words.count, ...words.values }, say.locale));
  }
}
