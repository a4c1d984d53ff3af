import { failure } from '../resolvers/envelope';
import type { AppendResult } from './sign-offs-store';
import type { Say } from '../domain/words/say';

/**
 * A sign-off the store refused, in the Approver's words. When the answer also marked the decision
 * decided, the page already says so: the message starts with that, so the Approver knows only the
 * approval is missing.
 */
export function signOffFailure(refused: Extract<AppendResult, { ok: false }>, markedDecided: boolean, say: Say) {
  const already = markedDecided ? say('daciErrors.decidedButNotSaved') : '';
  if (refused.reason === 'full') return failure('TOO_LARGE', say('daciErrors.signOffsFull', { already }), refused.problems);
  if (refused.reason === 'invalid') return failure('RECORDS_INVALID', say('daciErrors.signOffsInvalid', { already }), refused.problems);
  return failure('CONFLICT', say('daciErrors.signOffsContended', { already }), refused.problems);
}
