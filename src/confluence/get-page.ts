import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';

const pageSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  version: z.looseObject({ number: z.number().int().min(1) }),
  _links: z.looseObject({ webui: z.string().optional(), base: z.string().optional() }).optional(),
});

/** `url`: the page in Confluence's web UI, when Confluence said where. */
export type PageSummary = { id: string; title: string; version: number; url?: string };

const urlOf = (links: { webui?: string | undefined; base?: string | undefined } | undefined): { url?: string } =>
  links?.webui && links.base && /^https?:\/\//.test(links.base) ? { url: `${links.base}${links.webui}` } : {};

/**
 * The page as its caller sees it. Asked as the user, a 404 or 403 means the person may not view
 * the page (Confluence hides pages one cannot see); the answer carries the current version.
 */
export async function getPage(access: ConfluenceAccess, pageId: string): Promise<ConfluenceRead<PageSummary>> {
  const read = await readConfluence(access, { method: 'GET', path: confluencePath('getPageById', { id: pageId }) }, pageSchema, `page ${pageId}`);
  return read.ok ? { ok: true, value: { id: read.value.id, title: read.value.title, version: read.value.version.number, ...urlOf(read.value._links) } } : read;
}
