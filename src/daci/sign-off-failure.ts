import { failure } from '../resolvers/envelope';
import type { AppendResult } from './sign-offs-store';

/**
 * A sign-off the store refused, in the Approver's words. When the answer also marked the decision
 * decided, the page already says so: the message starts with that, so the Approver knows only the
 * approval is missing.
 */
export function signOffFailure(refused: Extract<AppendResult, { ok: false }>, markedDecided: boolean) {
  const already = markedDecided ? 'The decision is now marked decided in the page, but your approval was not saved. ' : '';
  if (refused.reason === 'full')
    return failure(
      'TOO_LARGE',
      `${already}Your sign-off was not saved: with it, this table's sign-offs would pass the 240 KiB Forge stores for one table. Shorten your comment.`,
      refused.problems,
    );
  if (refused.reason === 'invalid')
    return failure(
      'RECORDS_INVALID',
      `${already}The sign-offs stored for this table cannot be read, so ${markedDecided ? 'no sign-off was saved' : 'nothing was changed'}. Ask your Confluence admin to contact the app vendor.`,
      refused.problems,
    );
  return failure('CONFLICT', `${already}Your sign-off was not saved because others were signing off at the same moment. Try again.`, refused.problems);
}
