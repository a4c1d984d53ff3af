/**
 * Jira's `fields` and `properties` query parameters: comma lists, repeatable, with `*all`,
 * `*navigable` and `-id` exclusions. GET issue defaults to all fields; search to `id` only, or
 * to the navigable fields when the list only excludes.
 */
import type { FieldData } from './standin-data';

export type FieldSelection = { idOnly: true } | { idOnly: false; includes(field: FieldData): boolean };

export function parseFieldSelection(tokens: string[], defaultTo: 'all' | 'id'): FieldSelection {
  const named = new Set(tokens.filter((t) => !t.startsWith('-')));
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  let base: 'all' | 'navigable' | 'none' | 'id' = 'none';
  if (named.has('*all')) base = 'all';
  else if (named.has('*navigable')) base = 'navigable';
  else if (named.size === 0) base = defaultTo === 'all' ? 'all' : excluded.size > 0 ? 'navigable' : 'id';
  else if (defaultTo === 'id' && [...named].every((t) => t === 'id' || t === 'key')) base = 'id';
  if (base === 'id') return { idOnly: true };
  return {
    idOnly: false,
    includes: (field) => !excluded.has(field.id) && (base === 'all' || (base === 'navigable' && field.navigable) || named.has(field.id)),
  };
}

/** Which issue properties to return; undefined when the parameter was not given. */
export function parsePropertySelection(tokens: string[], given: boolean): ((key: string) => boolean) | undefined {
  if (!given) return undefined;
  const named = new Set(tokens.filter((t) => !t.startsWith('-')));
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  return (key) => !excluded.has(key) && (named.has('*all') || named.has(key));
}
