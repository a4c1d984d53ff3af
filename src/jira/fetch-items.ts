import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';

/** Keys one call asks about (Jira's bulk fetch takes 100). */
export const MAX_ITEMS_FETCHED = 100;

const answerSchema = z.looseObject({
  issues: z.array(
    z.looseObject({
      id: z.string().optional(),
      key: z.string(),
      fields: z.looseObject({
        summary: z.string().optional(),
        status: z.looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() }).optional(),
      }),
    }),
  ),
});

export interface FoundItem {
  /** Jira's id for the item (always in its answer; optional here so an answer without it still reads). */
  id?: string;
  key: string;
  summary: string;
  status: string;
  /** Jira's status category: `new`, `indeterminate` or `done`. */
  category: string;
}

/** The work items among `keys` that exist and the caller may see, with one bulk fetch; the others are simply absent. */
export async function fetchItems(jira: JiraAccess, keys: readonly string[]): Promise<JiraRead<FoundItem[]>> {
  const wanted = [...new Set(keys)].slice(0, MAX_ITEMS_FETCHED);
  if (wanted.length === 0) return { ok: true, value: [] };
  const request = { method: 'POST' as const, path: jiraPath('bulkFetchIssues', {}), body: { issueIdsOrKeys: wanted, fields: ['summary', 'status'] } };
  const read = await readJira(jira, request, answerSchema, `the work items ${wanted.slice(0, 3).join(', ')}${wanted.length > 3 ? '…' : ''}`);
  if (!read.ok) return read;
  return {
    ok: true,
    value: read.value.issues.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      key: i.key,
      summary: i.fields.summary ?? '',
      status: i.fields.status?.name ?? '',
      category: i.fields.status?.statusCategory?.key ?? '',
    })),
  };
}

/** fetchItems for every one of `keys` (the caller bounds them): bulk fetches of 100, all at once; fails if any fails. */
export async function fetchItemsInParallel(jira: JiraAccess, keys: readonly string[]): Promise<JiraRead<FoundItem[]>> {
  const wanted = [...new Set(keys)];
  const chunks: string[][] = [];
  for (let start = 0; start < wanted.length; start += MAX_ITEMS_FETCHED) chunks.push(wanted.slice(start, start + MAX_ITEMS_FETCHED));
  const reads = await Promise.all(chunks.map((chunk) => fetchItems(jira, chunk)));
  const found: FoundItem[] = [];
  for (const read of reads) {
    if (!read.ok) return read;
    found.push(...read.value);
  }
  return { ok: true, value: found };
}
