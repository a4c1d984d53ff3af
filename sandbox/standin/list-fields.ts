/**
 * The list fields an edit can change item by item (labels, fix versions, components), and
 * resolving a version, component or priority given as `{"id": …}` or `{"name": …}`.
 */
import * as z from 'zod';
import { byId } from './lookup';
import type { IssueData, StandInData } from './standin-data';

export interface EditTarget {
  data: StandInData;
  issue: IssueData;
}
export interface ListField {
  current(issue: IssueData): string[];
  resolve(target: EditTarget, item: unknown): { ok: true; value: string } | { ok: false; error: string };
  assign(issue: IssueData, values: string[]): void;
}

const ref = z.union([z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }), z.looseObject({ name: z.string() })]);
const projectOf = (target: EditTarget) => byId(target.data.projects, target.issue.projectId);

export function byRef<T extends { id: string; name: string }>(
  list: readonly T[],
  item: unknown,
  what: string,
): { ok: true; value: string } | { ok: false; error: string } {
  const parsed = ref.safeParse(item);
  if (!parsed.success) return { ok: false, error: `${what} must be given as {"id": …} or {"name": …}` };
  const wanted: { id: string } | { name: string } = 'id' in parsed.data ? { id: String(parsed.data.id) } : { name: String(parsed.data.name) };
  const found = 'id' in wanted ? byId(list, wanted.id) : list.find((entry) => entry.name === wanted.name);
  if (found) return { ok: true, value: found.id };
  return { ok: false, error: 'id' in wanted ? `${what} id '${wanted.id}' is not valid` : `${what} name '${wanted.name}' is not valid` };
}

export const LIST_FIELDS: Record<string, ListField> = {
  labels: {
    current: (issue) => issue.labels,
    resolve: (_target, item) => {
      if (typeof item !== 'string' || item.trim() === '') return { ok: false, error: 'Labels must be non-empty strings.' };
      if (/\s/.test(item)) return { ok: false, error: `The label '${item}' contains spaces which is invalid.` };
      return item.length > 255 ? { ok: false, error: 'The label must not exceed 255 characters.' } : { ok: true, value: item };
    },
    assign: (issue, values) => void (issue.labels = values),
  },
  fixVersions: {
    current: (issue) => issue.fixVersionIds,
    resolve: (target, item) => byRef(projectOf(target)?.versions ?? [], item, 'Version'),
    assign: (issue, values) => void (issue.fixVersionIds = values),
  },
  components: {
    current: (issue) => issue.componentIds,
    resolve: (target, item) => byRef(projectOf(target)?.components ?? [], item, 'Component'),
    assign: (issue, values) => void (issue.componentIds = values),
  },
};
