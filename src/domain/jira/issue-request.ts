import type { Gate } from '../gates/gate-schema';
import { metaOf } from '../criteria/kind-catalog';
import type { Criterion } from '../gates/criterion-schema';
import type { JiraNeeds } from '../criteria/criterion-kind';

/** What one `GET /rest/api/3/issue/{key}` must ask for so that a gate can be evaluated. */
export interface IssueRequest {
  fields: string[];
  properties: string[];
  expand: string[];
}

const needsOf = (criterion: Criterion): JiraNeeds => (metaOf(criterion.kind).jiraNeeds as (c: Criterion) => JiraNeeds)(criterion);

export function issueRequestFor(gates: ReadonlyArray<Gate>): IssueRequest {
  const fields = new Set<string>(['issuetype']);
  let wantsNames = false;
  for (const criterion of gates.flatMap((g) => g.criteria)) {
    const needs = needsOf(criterion);
    for (const field of needs.fields) fields.add(field);
    wantsNames ||= needs.names === true;
  }
  return { fields: [...fields], properties: [], expand: wantsNames ? ['names'] : [] };
}
/** Whether an item read with `have` already holds every field and expansion `needed` asks for (no second Get issue). */
export const requestCovers = (have: Pick<IssueRequest, 'fields' | 'expand'>, needed: Pick<IssueRequest, 'fields' | 'expand'>): boolean =>
  needed.fields.every((f) => have.fields.includes(f)) && needed.expand.every((e) => have.expand.includes(e));
