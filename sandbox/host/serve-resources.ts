/**
 * Serves Custom UI resources the way Forge hosts them, plus what the iframe needs from the
 * sandbox:
 *
 * - `GET /__sandbox/resources/<resourceKey>/<path>`: files from the folder manifest.yml gives
 *   the resource (`resources: [{ key, path }]`), `index.html` for the folder itself. HTML gets
 *   the bridge shim as the first script of `<head>` and the Content-Security-Policy header
 *   Forge's own `@forge/csp` computes for it (see content-security-policy.ts).
 * - `GET /__sandbox/bridge-shim.js`: the shim (bridge-shim.ts), bundled on first use.
 * - `GET /__sandbox/themes/<id>.css`: the CSS of an `@atlaskit/tokens` theme, for the shim.
 *
 * The handler answers `true` when the request was one of these (answered, possibly with 404),
 * `false` when it is someone else's.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { bundleScript } from './bundle-script';
import { contentSecurityPolicy } from './content-security-policy';
import { parseManifest, readManifest } from './manifest';
import { themeCss } from './theme-css';

export const RESOURCES_PATH = '/__sandbox/resources/';
export const SHIM_PATH = '/__sandbox/bridge-shim.js';
export const SHIM_TAG = `<script src="${SHIM_PATH}"></script>`;
const THEMES_PATH = '/__sandbox/themes/';

export interface ServeResourcesOptions {
  /** The app's root folder; relative paths (manifest, extra resources) are resolved from it. */
  readonly root: string;
  /** Defaults to `<root>/manifest.yml`. Read on every request, so edits apply at once. */
  readonly manifestPath?: string;
  /** More resources (key → folder), e.g. a test's probe app. They win over the manifest's. */
  readonly extraResources?: Readonly<Record<string, string>>;
  /** Send Forge's Content-Security-Policy with HTML (default true). */
  readonly csp?: boolean;
  /** The site that embeds the frames (Forge's CSP names it); default: the origin the request came to. */
  readonly siteOrigin?: (req: IncomingMessage) => string;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Puts the shim before any other script: right after `<head>`, else after `<html>`, else first. */
export function injectShim(html: string): string {
  for (const tag of [/<head(\s[^>]*)?>/i, /<html(\s[^>]*)?>/i]) {
    const match = tag.exec(html);
    if (match) {
      const at = match.index + match[0].length;
      return `${html.slice(0, at)}${SHIM_TAG}${html.slice(at)}`;
    }
  }
  return SHIM_TAG + html;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

const notFound = (res: ServerResponse, what: string): void => send(res, 404, 'text/plain; charset=utf-8', `Not found: ${what}\n`);

/** The file a request path names inside `folder`, or undefined when it would leave the folder. */
async function fileIn(folder: string, segments: string[]): Promise<string | undefined> {
  const parts: string[] = [];
  for (const segment of segments) {
    let part: string;
    try {
      part = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (part === '' || part === '.') continue;
    if (part === '..' || /[\\/\0]/.test(part)) return undefined;
    parts.push(part);
  }
  try {
    const base = await realpath(folder);
    let file = await realpath(join(base, ...parts));
    if ((await stat(file)).isDirectory()) file = await realpath(join(file, 'index.html'));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function serveResources(options: ServeResourcesOptions): RequestHandler {
  const root = resolve(options.root);
  const manifestPath = resolve(root, options.manifestPath ?? 'manifest.yml');
  const extra = Object.fromEntries(Object.entries(options.extraResources ?? {}).map(([key, path]) => [key, resolve(root, path)]));

  async function serveResource(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const [key = '', ...rest] = pathname.slice(RESOURCES_PATH.length).split('/');
    const manifest = existsSync(manifestPath) ? readManifest(manifestPath) : parseManifest('', root);
    const folder = extra[key] ?? manifest.resources[key];
    if (!folder) return notFound(res, `resource "${key}" is not in manifest.yml`);
    if (rest.length === 0) {
      res.writeHead(301, { Location: `${RESOURCES_PATH}${key}/` });
      res.end();
      return;
    }
    const file = await fileIn(folder, rest);
    if (!file) return notFound(res, `${rest.join('/') || 'index.html'} in resource "${key}" (${folder}); is the app built? Run npm run build`);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (extname(file).toLowerCase() !== '.html') return send(res, 200, type, await readFile(file));
    const html = injectShim(await readFile(file, 'utf8'));
    const origin = options.siteOrigin?.(req) ?? `http://${req.headers.host ?? 'localhost'}`;
    const headers: Record<string, string> =
      options.csp === false ? {} : { 'Content-Security-Policy': contentSecurityPolicy(html, manifest.permissions, origin) };
    send(res, 200, type, html, headers);
  }

  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://sandbox').pathname;
    const ours = pathname === SHIM_PATH || pathname.startsWith(THEMES_PATH) || pathname.startsWith(RESOURCES_PATH) || pathname === RESOURCES_PATH.slice(0, -1);
    if (!ours) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return true;
    }
    if (pathname === SHIM_PATH) {
      send(res, 200, CONTENT_TYPES['.js']!, await bundleScript(join(__dirname, 'bridge-shim.ts')));
    } else if (pathname.startsWith(THEMES_PATH)) {
      const css = themeCss(pathname.slice(THEMES_PATH.length).replace(/\.css$/, ''));
      if (css === undefined) notFound(res, pathname);
      else send(res, 200, CONTENT_TYPES['.css']!, css);
    } else {
      await serveResource(req, res, pathname);
    }
    return true;
  };
}
