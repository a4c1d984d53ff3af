import * as z from 'zod';
import { RECORD_LIMITS } from '../domain/records/record-limit-values';
import type { Evidence } from '../domain/records/records-schema';
import type { JiraIssue } from '../domain/jira/issue-schema';
import { problem, type Problem } from '../domain/problems';
import { WEB_ADDRESS } from '../domain/records/web-address';

/** Evidence as the panel sends it: a file it has just attached to the item in Jira (by id), or a web link. */
export const evidenceInputSchema = z
  .array(
    z.union([
      z.strictObject({ attachmentId: z.string().regex(/^[0-9]{1,20}$/, 'problems.attachmentId') }),
      z.strictObject({
        url: z.string().trim().max(RECORD_LIMITS.linkCharacters).regex(WEB_ADDRESS, 'problems.webLink'),
        title: z.string().trim().max(RECORD_LIMITS.linkTitleCharacters).optional(),
      }),
    ]),
  )
  .max(RECORD_LIMITS.evidence);
export type EvidenceInput = z.infer<typeof evidenceInputSchema>;

/** Jira's `attachment` field: only what the app records of each file. */
const attachmentsSchema = z.array(z.object({ id: z.string(), filename: z.string(), size: z.number().optional(), mimeType: z.string().optional() }));

/** Whether the evidence names files, so the item's `attachment` field has to be read. */
export const namesAttachments = (evidence: EvidenceInput | undefined) => (evidence ?? []).some((e) => 'attachmentId' in e);

/**
 * The evidence as the app records it. A file counts only when Jira lists it on this work item,
 * and its name, size and type are Jira's, never the browser's.
 */
export function evidenceFrom(input: EvidenceInput, issue: JiraIssue): { ok: true; evidence: Evidence[] } | { ok: false; problems: Problem[] } {
  const parsed = attachmentsSchema.safeParse(issue.fields['attachment'] ?? []);
  const attached = parsed.success ? parsed.data : [];
  const problems: Problem[] = [];
  const evidence = input.flatMap((entry, i): Evidence[] => {
    if ('url' in entry) return [{ kind: 'link', url: entry.url, ...(entry.title ? { title: entry.title } : {}) }];
    const file = attached.find((a) => a.id === entry.attachmentId);
    if (!file) {
      problems.push(problem(`evidence[${i}].attachmentId`, 'problems.notAttached', { id: entry.attachmentId }));
      return [];
    }
    const filename = file.filename.slice(0, 255) || entry.attachmentId;
    return [
      {
        kind: 'attachment',
        id: file.id,
        filename,
        ...(file.size !== undefined ? { size: file.size } : {}),
        ...(file.mimeType ? { mimeType: file.mimeType.slice(0, 255) } : {}),
      },
    ];
  });
  return problems.length ? { ok: false, problems } : { ok: true, evidence };
}
