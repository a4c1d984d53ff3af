import type { DaciTable } from './daci-schema';

/** Everyone the table names, once each, for one batched look-up of names and avatars. */
export function peopleOf(table: DaciTable): string[] {
  const ids = new Set<string>();
  for (const d of table.decisions) {
    ids.add(d.driver);
    ids.add(d.approver);
    d.contributors.forEach((id) => ids.add(id));
    d.informed.forEach((id) => ids.add(id));
    d.actionItems.forEach((item) => item.owner && ids.add(item.owner));
  }
  return [...ids];
}
