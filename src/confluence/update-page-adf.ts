import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';

const updatedSchema = z.looseObject({ id: z.string(), version: z.looseObject({ number: z.number().int().min(1) }) });

export interface PageUpdate {
  pageId: string;
  title: string;
  /** The version the update makes: the one read plus one (Confluence answers 409 otherwise). */
  version: number;
  adf: unknown;
  message: string;
}

/** Saves a new version of the page with `adf` as its body, as whoever `access` acts for. */
export async function updatePageAdf(access: ConfluenceAccess, update: PageUpdate): Promise<ConfluenceRead<{ version: number }>> {
  const body = {
    id: update.pageId,
    status: 'current',
    title: update.title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(update.adf) },
    version: { number: update.version, message: update.message },
  };
  const read = await readConfluence(
    access,
    { method: 'PUT', path: confluencePath('updatePage', { id: update.pageId }), body },
    updatedSchema,
    `page ${update.pageId}`,
  );
  return read.ok ? { ok: true, value: { version: read.value.version.number } } : read;
}
