import type { Gate } from './shared/types';

/** An id not yet taken: the template's own, else with "-2", "-3"… */
export function freeId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base.slice(0, 60)}-${n}`;
}

/** The words a blank gate starts with, in the person's language. */
export interface BlankWords {
  name: string;
  check: string;
}

/** A fresh copy of a template, or a blank gate with one manual check, ready to edit. */
export function newGate(template: Gate | undefined, taken: readonly string[], blank: BlankWords): Gate {
  if (template) return { ...structuredClone(template), id: freeId(template.id, taken) };
  return { id: freeId('new-gate', taken), name: blank.name, criteria: [{ id: 'check', kind: 'manual', label: blank.check }] };
}

export const moved = <T>(list: readonly T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};
