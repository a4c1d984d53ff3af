/**
 * Confluence REST v1 user search (GET /wiki/rest/api/search/user?cql=user.fullname~"…"), which
 * the DACI config's user pickers need: v2 has no user search. It is outside the v2 spec in
 * ../shared/contracts, so it is served apart from the spec-checked routes, in v1's documented
 * shape (SearchPageResponseSearchResult with `user` entries).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth';
import { sendJson } from '../http';
import { demoPeopleNamed } from './confluence-page-edit';
import { profilePictureOf } from './confluence-avatars';
import type { DemoUser } from '../demo-users';

/** v1's Icon also names the picture's size; null when the person hides it. */
const v1Picture = (u: DemoUser) => {
  const picture = profilePictureOf(u);
  return picture && { ...picture, width: 48, height: 48 };
};

export const CONFLUENCE_V1_USER_SEARCH = '/wiki/rest/api/search/user';

/** Answers the v1 user search; false for any other path. */
export function handleConfluenceV1(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (url.pathname !== CONFLUENCE_V1_USER_SEARCH) return false;
  const fail = (status: number, message: string) =>
    sendJson(res, status, { statusCode: status, message, data: { authorized: status !== 401, valid: false, errors: [] } });
  if (!authenticate(req)) {
    fail(401, 'Client must be authenticated to access this resource.');
    return true;
  }
  if ((req.method ?? 'GET').toUpperCase() !== 'GET') {
    fail(405, 'Use GET.');
    return true;
  }
  const cql = url.searchParams.get('cql');
  const match = cql === null ? null : /^user\.fullname\s*~\s*"((?:[^"\\]|\\.)*)"$/.exec(cql.trim());
  if (!match) {
    fail(400, 'The sandbox understands cql=user.fullname~"text" only.');
    return true;
  }
  const typed = (match[1] ?? '').replace(/\\(.)/g, '$1');
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 25) || 25, 1), 1000);
  const found = typed.trim() === '' ? [] : demoPeopleNamed(typed).slice(0, limit);
  sendJson(res, 200, {
    results: found.map((u) => ({
      user: {
        type: 'known',
        accountId: u.accountId,
        accountType: 'atlassian',
        email: '',
        publicName: u.displayName,
        displayName: u.displayName,
        profilePicture: v1Picture(u),
      },
      title: u.displayName,
      excerpt: '',
      url: `/people/${u.accountId}`,
      entityType: 'user',
      lastModified: '2026-09-01T08:00:00.000Z',
    })),
    start: 0,
    limit,
    size: found.length,
    totalSize: found.length,
    _links: {},
  });
  return true;
}
