/**
 * People's avatars in the macro. Confluence names a picture by its path on the site
 * (`profilePicture.path`, e.g. `/wiki/aa-avatar/…`); the macro's iframe is on another origin, so
 * the image needs the site's absolute URL. Both parts are checked: the site must be one Forge
 * could give (https; plain http only on the sandbox's loopback host) and the path a path on that
 * site, so text in a user record can never point the image at another host or a script.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_PATH = 2000;

/** The site's origin (`https://example.atlassian.net`), or undefined when `siteUrl` is not a site Forge could name. */
export function siteOrigin(siteUrl: unknown): string | undefined {
  if (typeof siteUrl !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.origin;
  return undefined;
}

/** One slash, then no slash or backslash; no whitespace, control characters or backslashes anywhere. */
const SITE_PATH = /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/;

/** The absolute URL of a picture at `path` on the site, or undefined when either part is not safe to use. */
export function avatarUrl(siteUrl: unknown, path: unknown): string | undefined {
  const origin = siteOrigin(siteUrl);
  if (origin === undefined || typeof path !== 'string' || path.length > MAX_PATH || !SITE_PATH.test(path)) return undefined;
  const url = new URL(path, origin);
  return url.origin === origin ? url.href : undefined;
}

/** Up to two initials (first and last word) for the circle shown when there is no picture. */
export function initialsOf(displayName: string): string {
  const words = displayName
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const first = (word: string | undefined) => (word === undefined ? '' : (Array.from(word).find((c) => /\p{L}|\p{N}/u.test(c)) ?? ''));
  const initials = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  return initials.toLocaleUpperCase() || '?';
}
