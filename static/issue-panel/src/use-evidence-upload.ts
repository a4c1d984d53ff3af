import { useRef } from 'react';
import { useT } from '../../shared/use-t';
import { useQa } from './qa-context';
import type { ResolverError } from './types';

/**
 * Attaches QA's files to the item one by one, and remembers each one Jira took: when recording
 * the result then fails (a conflict, say) and QA send again, no file is attached twice.
 * Answers the attachment ids, or undefined after telling `onError` which file Jira refused.
 */
export function useEvidenceUpload(onError: (error: ResolverError) => void) {
  const t = useT();
  const { issueId } = useQa();
  const attached = useRef(new WeakMap<File, string>());
  return async (files: readonly File[]): Promise<string[] | undefined> => {
    const ids: string[] = [];
    for (const file of files) {
      const known = attached.current.get(file);
      if (known) {
        ids.push(known);
        continue;
      }
      // Loaded with the first file: the operation registry and the upload stay out of the panel's first load.
      const { uploadEvidence } = await import('./upload-evidence');
      const uploaded = await uploadEvidence(issueId, file);
      if (!uploaded.ok) {
        const message =
          uploaded.reason === 'tooLarge'
            ? t('result.uploadTooLarge', { file: file.name })
            : t('result.uploadFailed', { file: file.name, detail: uploaded.detail ?? '' });
        onError({ code: uploaded.reason === 'tooLarge' ? 'TOO_LARGE' : 'JIRA_ERROR', message });
        return undefined;
      }
      attached.current.set(file, uploaded.attachmentId);
      ids.push(uploaded.attachmentId);
    }
    return ids;
  };
}
