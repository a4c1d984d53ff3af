import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';

const pageBodySchema = z.looseObject({
  body: z.looseObject({ atlas_doc_format: z.looseObject({ value: z.string() }) }),
});

/** The page's current body as an ADF document (Confluence sends it as a JSON string). */
export async function getPageAdf(access: ConfluenceAccess, pageId: string): Promise<ConfluenceRead<unknown>> {
  const path = confluencePath('getPageById', { id: pageId });
  const read = await readConfluence(access, { method: 'GET', path, query: { 'body-format': 'atlas_doc_format' } }, pageBodySchema, `page ${pageId}`);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.value.body.atlas_doc_format.value) as unknown };
  } catch {
    return { ok: false, code: 'CONFLUENCE_BAD_ANSWER', message: `page ${pageId}'s body is not an ADF document` };
  }
}
