import { failure } from '../resolvers/envelope';
import type { ConfluenceRead } from '../confluence/read-confluence';

/** A failed Confluence read as the envelope's error: hidden pages are not found, outages say to try again. */
export function confluenceFailure(read: ConfluenceRead<unknown> & { ok: false }) {
  switch (read.code) {
    case 'NOT_FOUND':
    case 'CONFLUENCE_REFUSED':
      return failure('FORBIDDEN', 'You cannot view this page, so Shipshape shows none of its decisions.');
    case 'CONFLUENCE_UNAVAILABLE':
      return failure('INTERNAL', 'Confluence could not be reached just now. Nothing was changed; reload the page to try again.');
    default:
      return failure('INTERNAL', `Confluence gave an answer Shipshape did not expect (${read.message}). Nothing was changed; reload the page to try again.`);
  }
}
