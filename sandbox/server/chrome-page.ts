import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { bundleScript } from '../host/bundle-script';
import { USER_COOKIE, currentUser, userCookie } from './session-cookie';

const CHROME_SCRIPT = '/__sandbox/chrome.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shipshape sandbox</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%230c66e4'/%3E%3Cpath d='M3 8.5l3 3 7-7' stroke='white' stroke-width='2' fill='none'/%3E%3C/svg%3E">
<style>body { margin: 0; } a { color: var(--ds-link, #0c66e4); }</style>
<script src="${CHROME_SCRIPT}" defer></script>
</head>
<body><div id="root"></div></body>
</html>`;

/** The sandbox chrome: one page for every product path, and its script bundled on first use. */
export function chromePage() {
  const entry = resolve(__dirname, '../chrome/main.tsx');
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET') return false;
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    if (path === CHROME_SCRIPT) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(await bundleScript(entry));
      return true;
    }
    if (
      path === '/' ||
      path === '/workflow' ||
      path === '/project-settings' ||
      path === '/insights' ||
      path === '/dashboard' ||
      path === '/jira-admin' ||
      path.startsWith('/browse/') ||
      path.startsWith('/wiki')
    ) {
      // A first visit signs in as the default demo person, so the stand-in knows who is calling.
      const signedIn = (req.headers.cookie ?? '').includes(`${USER_COOKIE}=`);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(signedIn ? {} : { 'Set-Cookie': userCookie(currentUser(req).accountId) }) });
      res.end(PAGE);
      return true;
    }
    return false;
  };
}
