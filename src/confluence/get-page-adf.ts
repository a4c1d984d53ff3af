import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';

const pageWithBodySchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  spaceId: z.string(),
  status: z.string(),
  version: z.looseObject({ number: z.number().int().min(1), authorId: z.string().optional(), createdAt: z.string().optional() }),
  body: z.looseObject({ atlas_doc_format: z.looseObject({ value: z.string() }) }),
});

export interface PageWithAdf {
  id: string;
  title: string;
  spaceId: string;
  /** `current`, `archived`, `trashed`, `deleted`, `draft`… as Confluence says. */
  status: string;
  version: number;
  /** Who saved this version, and when (as Confluence says; absent when it does not). */
  author?: string;
  savedAt?: string;
  adf: unknown;
}

/** The page's current version with its body as an ADF document (Confluence sends it as a JSON string). */
export async function getPageWithAdf(access: ConfluenceAccess, pageId: string): Promise<ConfluenceRead<PageWithAdf>> {
  const path = confluencePath('getPageById', { id: pageId });
  const read = await readConfluence(access, { method: 'GET', path, query: { 'body-format': 'atlas_doc_format' } }, pageWithBodySchema, `page ${pageId}`);
  if (!read.ok) return read;
  const { id, title, spaceId, status, version, body } = read.value;
  try {
    const saved = { ...(version.authorId ? { author: version.authorId } : {}), ...(version.createdAt ? { savedAt: version.createdAt } : {}) };
    return { ok: true, value: { id, title, spaceId, status, version: version.number, ...saved, adf: JSON.parse(body.atlas_doc_format.value) as unknown } };
  } catch {
    return { ok: false, code: 'CONFLUENCE_BAD_ANSWER', message: `page ${pageId}'s body is not an ADF document` };
  }
}

/** The page's current body as an ADF document. */
export async function getPageAdf(access: ConfluenceAccess, pageId: string): Promise<ConfluenceRead<unknown>> {
  const page = await getPageWithAdf(access, pageId);
  return page.ok ? { ok: true, value: page.value.adf } : page;
}
