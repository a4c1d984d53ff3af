import type { Gate } from './gate-schema';

/** The environments QA pick from on an item: every applicable gate's, in order, each name once (case aside). */
export function qaEnvironmentsOf(applicableGates: readonly Gate[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of applicableGates.flatMap((g) => g.environments ?? [])) {
    const folded = name.toLocaleLowerCase('en-US');
    if (seen.has(folded)) continue;
    seen.add(folded);
    names.push(name);
  }
  return names;
}
