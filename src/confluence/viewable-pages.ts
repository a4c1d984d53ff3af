import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';

/** The spec's limit on ids per GET /pages. */
export const PAGES_PER_CALL = 250;
/** Calls in flight at once. */
const PARALLEL_CALLS = 4;

const pagesSchema = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), title: z.string(), _links: z.looseObject({ webui: z.string().optional() }).optional() })),
  _links: z.looseObject({ base: z.string().optional() }).optional(),
});

export interface ViewablePages {
  /** Each page the caller may view, with its title and where it is in Confluence's web UI. */
  pages: Map<string, { title: string; url?: string }>;
  /** The Confluence site's base URL (…/wiki), when Confluence said. */
  base?: string;
}

async function oneCall(access: ConfluenceAccess, ids: readonly string[]): Promise<ConfluenceRead<z.infer<typeof pagesSchema>>> {
  const path = confluencePath('getPages');
  return readConfluence(access, { method: 'GET', path, query: { id: ids.join(','), limit: String(PAGES_PER_CALL) } }, pagesSchema, `${ids.length} pages`);
}

/**
 * Which of `pageIds` the caller may view: asked as the user, Confluence returns only those
 * (one call per 250 pages). A page it leaves out is treated as one the caller may not view.
 */
export async function viewablePages(access: ConfluenceAccess, pageIds: readonly string[]): Promise<ConfluenceRead<ViewablePages>> {
  const chunks: string[][] = [];
  for (let start = 0; start < pageIds.length; start += PAGES_PER_CALL) chunks.push(pageIds.slice(start, start + PAGES_PER_CALL));
  const result: ViewablePages = { pages: new Map() };
  for (let start = 0; start < chunks.length; start += PARALLEL_CALLS) {
    const reads = await Promise.all(chunks.slice(start, start + PARALLEL_CALLS).map((ids) => oneCall(access, ids)));
    for (const read of reads) {
      if (!read.ok) return read;
      const base = read.value._links?.base;
      const site = base && /^https?:\/\//.test(base) ? base : undefined;
      if (site) result.base = site;
      for (const page of read.value.results) {
        const webui = page._links?.webui;
        result.pages.set(page.id, { title: page.title, ...(site && webui ? { url: `${site}${webui}` } : {}) });
      }
    }
  }
  return { ok: true, value: result };
}
