import { RECORD_LIMITS } from '../../../src/domain/records/record-limit-values';
import { WEB_ADDRESS } from '../../../src/domain/records/web-address';
import type { Translate } from '../../shared/translate';

/** A result as QA fill it in: their note, where they verified, files to attach and links (one per line). */
export interface ResultInput {
  note: string;
  environment: string;
  files: File[];
  links: string[];
}

export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** What is wrong with the result before anything is sent (or attached): each problem in the person's words. */
export function resultProblems(input: ResultInput, t: Translate): string[] {
  const number = (n: number) => n.toLocaleString(t.locale);
  const problems: string[] = [];
  if (input.environment.trim().length > RECORD_LIMITS.environmentCharacters)
    problems.push(t('result.environmentTooLong', { max: number(RECORD_LIMITS.environmentCharacters) }));
  for (const link of input.links) {
    if (!WEB_ADDRESS.test(link) || link.length > RECORD_LIMITS.linkCharacters) problems.push(t('result.badLink', { link: link.slice(0, 80) }));
  }
  for (const file of input.files) {
    if (file.size > RECORD_LIMITS.evidenceFileBytes)
      problems.push(t('result.fileTooLarge', { file: file.name, max: number(RECORD_LIMITS.evidenceFileBytes / (1024 * 1024)) }));
  }
  if (input.files.length + input.links.length > RECORD_LIMITS.evidence) problems.push(t('result.tooMuchEvidence', { max: number(RECORD_LIMITS.evidence) }));
  if (input.note.length > RECORD_LIMITS.noteCharacters)
    problems.push(t('panel.note.tooLong', { field: t('result.note'), max: number(RECORD_LIMITS.noteCharacters) }));
  return problems;
}
