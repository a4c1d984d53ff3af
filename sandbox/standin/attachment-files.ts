/** The bytes of attached files, one file each in the stand-in's attachment directory (the data file keeps only what Jira says of them). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachmentData } from './standin-data';
import { userDetails, type Env } from './jira-objects';

/** Jira Cloud's default limit on one attachment is far larger; the stand-in's keeps its data directory small. */
export const STANDIN_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export function writeAttachmentBytes(dir: string, id: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, id), bytes);
}

export function readAttachmentBytes(dir: string, id: string): Buffer | undefined {
  try {
    return readFileSync(join(dir, id));
  } catch {
    return undefined;
  }
}

/** An attachment as Jira's REST API shows it (the `Attachment` schema, and the items of the `attachment` field). */
export function attachmentObject(env: Env, a: AttachmentData) {
  const api = `${env.base}/rest/api/3`;
  return {
    self: `${api}/attachment/${a.id}`,
    id: a.id,
    filename: a.filename,
    author: userDetails(env, a.authorId),
    created: a.created,
    size: a.size,
    mimeType: a.mimeType,
    content: `${api}/attachment/content/${a.id}`,
    ...(a.mimeType.startsWith('image/') ? { thumbnail: `${api}/attachment/thumbnail/${a.id}` } : {}),
  };
}
