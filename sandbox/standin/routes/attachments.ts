/**
 * POST /rest/api/3/issue/{issueIdOrKey}/attachments (Add attachment): multipart/form-data whose
 * `file` parts are the files, with `X-Atlassian-Token: no-check` (Jira refuses the request
 * without it, as an XSRF guard), as someone who may edit the item (standing in for Create
 * Attachments). GET /rest/api/3/attachment/content/{id}: the file's bytes, to someone who may browse.
 */
import type { IncomingMessage } from 'node:http';
import { can, causeOf } from '../auth';
import { jiraTimestamp } from '../field-edits';
import { jiraError, readBody, sendJson } from '../http';
import { envOf } from '../jira-objects';
import { requireIssue } from '../lookup';
import { route } from '../router';
import { attachmentObject, readAttachmentBytes, STANDIN_ATTACHMENT_MAX_BYTES, writeAttachmentBytes } from '../attachment-files';
import type { AttachmentData } from '../standin-data';

/** Room for the multipart framing around the largest file, and a few of them. */
const MAX_REQUEST_BYTES = 4 * STANDIN_ATTACHMENT_MAX_BYTES;

async function filesOf(req: IncomingMessage): Promise<File[]> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) throw jiraError(415, ['Add attachment expects multipart/form-data.']);
  const body = await readBody(req, MAX_REQUEST_BYTES, 'The request is larger than the attachment size limit allows.');
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    throw jiraError(400, ['The multipart body could not be read.']);
  }
  return form.getAll('file').filter((v): v is File => typeof v !== 'string');
}

export const attachmentRoutes = [
  route('POST', '/rest/api/3/issue/{issueIdOrKey}/attachments', async (ctx) => {
    if (String(ctx.req.headers['x-atlassian-token'] ?? '').toLowerCase() !== 'no-check') throw jiraError(403, ['XSRF check failed']);
    const issue = requireIssue(ctx, ctx.params.issueIdOrKey ?? '');
    if (!can(ctx.caller, 'edit') || ctx.caller.kind !== 'user') throw jiraError(403, ['You do not have permission to create attachments for this issue.']);
    const files = await filesOf(ctx.req);
    if (files.length === 0) throw jiraError(400, ['Add at least one file in a part named "file".']);
    const tooLarge = files.find((f) => f.size > STANDIN_ATTACHMENT_MAX_BYTES);
    if (tooLarge) throw jiraError(413, [`The file ${tooLarge.name} is larger than the site's attachment limit of ${STANDIN_ATTACHMENT_MAX_BYTES} bytes.`]);
    const data = ctx.state.data;
    const added: AttachmentData[] = [];
    for (const file of files) {
      const id = String(1 + Math.max(10000, ...data.attachments.map((a) => Number(a.id)), ...added.map((a) => Number(a.id))));
      writeAttachmentBytes(ctx.state.attachmentDir, id, new Uint8Array(await file.arrayBuffer()));
      const filename = file.name.trim() || 'file';
      added.push({
        id,
        issueId: issue.id,
        filename,
        mimeType: file.type || 'application/octet-stream',
        size: file.size,
        created: jiraTimestamp(),
        authorId: ctx.caller.user.accountId,
      });
    }
    data.attachments.push(...added);
    ctx.state.save();
    ctx.state.emitIssueEvent('avi:jira:updated:issue', issue.id, causeOf(ctx.caller), ['attachment']);
    sendJson(
      ctx.res,
      200,
      added.map((a) => attachmentObject(envOf(ctx), a)),
    );
  }),
  route('GET', '/rest/api/3/attachment/content/{id}', (ctx) => {
    const attachment = ctx.state.data.attachments.find((a) => a.id === ctx.params.id);
    const bytes = attachment && readAttachmentBytes(ctx.state.attachmentDir, attachment.id);
    if (!attachment || !bytes) throw jiraError(404, ['The attachment could not be found.']);
    requireIssue(ctx, attachment.issueId);
    ctx.res.writeHead(200, {
      'content-type': attachment.mimeType,
      'content-length': bytes.length,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      'cache-control': 'no-cache, no-store',
      'x-content-type-options': 'nosniff',
    });
    ctx.res.end(bytes);
  }),
];
