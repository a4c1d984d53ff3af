import type { Gate } from '../gates/gate-schema';

/** What one `GET /rest/api/3/issue/{key}` must ask for so that a gate can be evaluated. */
export interface IssueRequest {
  fields: string[];
  properties: string[];
  expand: string[];
}

const FIELDS_BY_KIND: Partial<Record<string, string>> = {
  labels: 'labels',
  'subtasks-done': 'subtasks',
  'links-resolved': 'issuelinks',
};

export function issueRequestFor(gates: ReadonlyArray<Gate>): IssueRequest {
  const fields = new Set<string>(['issuetype']);
  let wantsNames = false;
  for (const criterion of gates.flatMap((g) => g.criteria)) {
    if (criterion.kind === 'field-set') {
      fields.add(criterion.field);
      wantsNames = true;
    }
    const field = FIELDS_BY_KIND[criterion.kind];
    if (field) fields.add(field);
  }
  return { fields: [...fields], properties: [], expand: wantsNames ? ['names'] : [] };
}

/** Whether an item read with `have` already holds every field and expansion `needed` asks for (no second Get issue). */
export const requestCovers = (have: Pick<IssueRequest, 'fields' | 'expand'>, needed: Pick<IssueRequest, 'fields' | 'expand'>): boolean =>
  needed.fields.every((f) => have.fields.includes(f)) && needed.expand.every((e) => have.expand.includes(e));
