import { failure } from '../resolvers/envelope';
import type { ConfluenceRead } from '../confluence/read-confluence';
import type { Say } from '../domain/words/say';

/** A failed Confluence read as the envelope's error: hidden pages are not found, outages say to try again. */
export function confluenceFailure(read: ConfluenceRead<unknown> & { ok: false }, say: Say) {
  switch (read.code) {
    case 'NOT_FOUND':
    case 'CONFLUENCE_REFUSED':
      return failure('FORBIDDEN', say('daciErrors.cannotView'));
    case 'CONFLUENCE_UNAVAILABLE':
      return failure('INTERNAL', say('daciErrors.confluenceDown'));
    default:
      return failure('INTERNAL', say('daciErrors.confluenceOdd', { detail: read.message }));
  }
}
