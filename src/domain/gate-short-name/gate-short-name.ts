/** The longest short name, so "DoD 6/8" fits in a lozenge beside the context panel's label. */
export const SHORT_NAME_MAX = 12;

/** Words an acronym keeps in lower case ("Definition of Done" → "DoD"). */
const CONNECTORS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const isAllCaps = (word: string) => /^[A-Z0-9]{2,}$/.test(word);

function acronym(words: string[]): string | undefined {
  if (words.length < 3 || words.length > 4 || words.some(isAllCaps)) return undefined;
  if (!words.slice(1, -1).some((w) => CONNECTORS.has(w.toLowerCase()))) return undefined;
  return words.map((w) => (CONNECTORS.has(w.toLowerCase()) ? w[0]!.toLowerCase() : w[0]!.toUpperCase())).join('');
}

function leadingWords(words: string[]): string | undefined {
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(' ').length > SHORT_NAME_MAX) break;
    kept.push(word);
  }
  while (kept.length > 1 && CONNECTORS.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  return kept.length ? kept.join(' ') : undefined;
}

/**
 * A gate's name shortened to at most 12 characters for a status lozenge: short names stay as
 * they are ("Ready for QA"); a name with a subtitle keeps its head ("Pre-handoff: ready for
 * engineering" → "Pre-handoff"); three- or four-word "X of Y" names without an abbreviation in them become their acronym ("Definition of Done"
 * → "DoD"); other long names keep their leading whole words ("Go-live readiness" → "Go-live"),
 * and a single long word is cut with an ellipsis.
 */
export function gateShortName(name: string): string {
  const whole = name.replace(/\s+/g, ' ').trim();
  if (whole === '') return 'Gate';
  if (whole.length <= SHORT_NAME_MAX) return whole;
  const head = whole.split(/[:(–—|]/)[0]!.trim();
  if (head !== '' && head.length <= SHORT_NAME_MAX) return head;
  const words = head === '' ? whole.split(' ') : head.split(' ');
  return acronym(words) ?? leadingWords(words) ?? `${words[0]!.slice(0, SHORT_NAME_MAX - 1)}…`;
}
