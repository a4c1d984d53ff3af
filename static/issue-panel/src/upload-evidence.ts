import { requestJira } from '@forge/bridge';
import { jiraPath } from '../../../src/jira/jira-path';
import { RECORD_LIMITS } from '../../../src/domain/records/record-limit-values';

export type Uploaded = { ok: true; attachmentId: string } | { ok: false; reason: 'tooLarge' | 'refused'; detail?: string };

/** Jira's first error message, when its answer has one. */
function jiraMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { errorMessages?: unknown; message?: unknown };
    const first = Array.isArray(body.errorMessages) ? body.errorMessages[0] : body.message;
    return typeof first === 'string' && first.trim() ? first : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Attaches one evidence file to the work item in Jira, as the person (the bridge's `requestJira`
 * runs with their permissions, so Jira names them as the uploader). The app then records only
 * the attachment's id, and checks it against the item's attachments before it counts.
 */
export async function uploadEvidence(issueId: string, file: File): Promise<Uploaded> {
  if (file.size > RECORD_LIMITS.evidenceFileBytes) return { ok: false, reason: 'tooLarge' };
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    const response = await requestJira(jiraPath('addAttachment', { issueIdOrKey: issueId }), {
      method: 'POST',
      body,
      headers: { Accept: 'application/json', 'X-Atlassian-Token': 'no-check' },
    });
    const text = await response.text();
    if (response.status === 413) return { ok: false, reason: 'tooLarge' };
    if (!response.ok) return { ok: false, reason: 'refused', detail: jiraMessage(text) ?? `HTTP ${response.status}` };
    const [first] = JSON.parse(text) as Array<{ id?: unknown }>;
    return typeof first?.id === 'string' ? { ok: true, attachmentId: first.id } : { ok: false, reason: 'refused', detail: 'no attachment id' };
  } catch (error) {
    return { ok: false, reason: 'refused', detail: error instanceof Error ? error.message : String(error) };
  }
}
