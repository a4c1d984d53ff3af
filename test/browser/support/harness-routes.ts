/** Serves the host test page (`/`) and its script (`/harness.js`, host-harness.ts bundled). */
import { join } from 'node:path';
import { bundleScript } from '../../../sandbox/host/bundle-script';
import type { RequestHandler } from './http-server';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sandbox host test</title><script src="/harness.js" defer></script></head>
<body style="margin:0;padding:16px;background:#f4f5f7"><div id="host" style="max-width:720px;background:#fff"></div></body>
</html>
`;

export function harnessRoutes(): RequestHandler {
  return async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://test');
    if (pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
      return true;
    }
    if (pathname === '/harness.js') {
      const script = await bundleScript(join(__dirname, 'host-harness.ts'));
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(script);
      return true;
    }
    return false;
  };
}
