import { SectionMessage } from './section-message';
import type { ResolverError } from './types';
import { ownEntry } from '../../../src/domain/own-entry';

const TITLES: Partial<Record<ResolverError['code'], string>> = {
  FORBIDDEN: "You can't do that here",
  CONFLICT: 'Someone else saved first',
  NOT_FOUND: 'Not found',
  BAD_INPUT: 'Check what you entered',
  TOO_LARGE: 'Too long to save',
  JIRA_UNAVAILABLE: 'Jira is not answering',
  JIRA_ERROR: 'Jira gave an unexpected answer',
  RECORDS_INVALID: "This work item's Shipshape records are damaged",
  GATES_INVALID: "This project's gates are invalid",
};

/** Any resolver refusal, with the envelope's own message (which says what to do). */
export function ErrorMessage({ error, testId = 'panel-error' }: { error: ResolverError; testId?: string }) {
  const warning = error.code === 'CONFLICT' || error.code === 'BAD_INPUT' || error.code === 'TOO_LARGE';
  return (
    <div data-testid={testId} data-code={error.code}>
      <SectionMessage appearance={warning ? 'warning' : 'error'} title={ownEntry(TITLES, error.code) ?? 'Something went wrong'}>
        <p style={{ margin: 0 }}>{error.message}</p>
      </SectionMessage>
    </div>
  );
}
