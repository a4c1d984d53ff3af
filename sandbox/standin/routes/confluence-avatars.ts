/**
 * People's pictures as Confluence names them: `profilePicture.path` on the site
 * (`/wiki/aa-avatar/<accountId>`), served here as a small SVG "photo" to signed-in people (real
 * Confluence answers with the picture or redirects to its avatar CDN). Quinn keeps her picture
 * private, so Confluence gives `profilePicture: null` for her, as its privacy settings allow:
 * the macro shows her initials instead.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth';
import { QUINN, findUserByAccountId, type DemoUser } from '../demo-users';

export const AVATAR_PATH_PREFIX = '/wiki/aa-avatar/';

/** People whose privacy settings hide their picture from the API. */
const HIDDEN_PICTURES: ReadonlySet<string> = new Set([QUINN.accountId]);

/** The `profilePicture` (spec: Icon, nullable) of a person in users-bulk and the v1 user search. */
export function profilePictureOf(user: DemoUser): { path: string; isDefault: boolean } | null {
  return HIDDEN_PICTURES.has(user.accountId) ? null : { path: `${AVATAR_PATH_PREFIX}${encodeURIComponent(user.accountId)}`, isDefault: false };
}

const BACKDROPS = ['#1D7AFC', '#22A06B', '#8270DB', '#E56910', '#C9372C'];

/** A head-and-shoulders picture on a colour of the person's own: plainly not the initials fallback. */
function pictureSvg(user: DemoUser): string {
  const hash = [...user.accountId].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) >>> 0, 7);
  const backdrop = BACKDROPS[hash % BACKDROPS.length];
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">' +
    `<rect width="48" height="48" fill="${backdrop}"/>` +
    '<circle cx="24" cy="19" r="9" fill="#F8E2D0"/>' +
    '<path d="M8 48c1-10 8-16 16-16s15 6 16 16z" fill="#F8E2D0"/>' +
    '<path d="M15 17c0-7 4-11 9-11s9 4 9 11c-3-3-6-4-9-4s-6 1-9 4z" fill="#3B2F2A"/></svg>'
  );
}

/** Answers GET /wiki/aa-avatar/<accountId> (signed in, as on a real site); false for any other path. */
export function handleConfluenceAvatar(req: IncomingMessage, res: ServerResponse): boolean {
  const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
  if (!path.startsWith(AVATAR_PATH_PREFIX) || (req.method ?? 'GET').toUpperCase() !== 'GET') return false;
  let accountId: string;
  try {
    accountId = decodeURIComponent(path.slice(AVATAR_PATH_PREFIX.length));
  } catch {
    accountId = '';
  }
  const user = findUserByAccountId(accountId);
  const status = !authenticate(req) ? 401 : !user || HIDDEN_PICTURES.has(user.accountId) ? 404 : 200;
  if (status !== 200 || !user) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(status === 401 ? 'Log in to see this picture.' : 'No picture.');
    return true;
  }
  res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'private, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
  res.end(pictureSvg(user));
  return true;
}
