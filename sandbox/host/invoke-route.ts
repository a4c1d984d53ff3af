/**
 * The server side of `invoke()` and `view.getContext()`:
 *
 * - `GET /__sandbox/context?moduleKey=…` → the platform part of the Forge context (who is
 *   signed in, the site, the environment, locale, timezone, moduleKey, localId) as JSON.
 * - `POST /__sandbox/invoke` with `{ moduleKey, functionKey, call: { functionKey, payload },
 *   context: { extension, localId? } }` → runs the function module `functionKey` (for example a
 *   `@forge/resolver` `getDefinitions()` handler) exactly as Forge calls it:
 *   `handler({ call, context }, { principal: { accountId }, installContext })`, and answers
 *   `{ ok: true, body }`, or `{ ok: false, message }` with a 4xx/5xx status (never a stack).
 *   Forge's payload limits hold: a request over 500 KB is refused (413), an answer over 5 MB fails.
 *
 * Who the caller is comes only from `currentAccountId(req)` (the sandbox's user cookie); any
 * `accountId` in the request body is ignored, as Forge ignores the frontend's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { moduleLocalId, SANDBOX_PLATFORM, type PlatformContext } from './forge-context';
import { HttpError, readJsonBody, sendJson } from './http-json';
import { messageOf } from './bridge-protocol';
import { FORGE_LIMITS, jsonBytes } from '../../src/forge-limits';

export const INVOKE_PATH = '/__sandbox/invoke';
export const CONTEXT_PATH = '/__sandbox/context';

export type FunctionHandler = (event: unknown, runtime: unknown) => Promise<unknown>;

export interface InvokeRouteOptions {
  /** Function module key (manifest `function[].key`) → its handler. */
  readonly handlers: Readonly<Record<string, FunctionHandler>>;
  /** The signed-in person's accountId, or undefined for an anonymous visitor. */
  currentAccountId(req: IncomingMessage): string | undefined;
  /** More platform context for a module and caller (e.g. the person's locale and timezone). */
  contextFor?(moduleKey: string, req: IncomingMessage): Partial<PlatformContext> | undefined | Promise<Partial<PlatformContext> | undefined>;
  /** The installation's ARI per module; default `ari:cloud:jira::site/<cloudId>`. */
  installContextFor?(moduleKey: string, cloudId: string): string;
  /** Override the sandbox site's ids (cloudId, siteUrl, environmentId, appId). */
  readonly platform?: Partial<typeof SANDBOX_PLATFORM>;
  /** Told about each function that threw (default: console.error with the stack). */
  onError?(error: unknown, functionKey: string): void;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

interface InvokeRequest {
  moduleKey: string;
  functionKey: string;
  call: { functionKey: string; payload?: unknown };
  extension?: Record<string, unknown>;
  localId?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseInvoke(body: unknown): InvokeRequest {
  if (!isObject(body)) throw new HttpError(400, 'Expected a JSON object { moduleKey, functionKey, call, context }.');
  const { moduleKey, functionKey, call, context } = body;
  if (typeof moduleKey !== 'string' || moduleKey === '') throw new HttpError(400, 'moduleKey is missing.');
  if (typeof functionKey !== 'string' || functionKey === '') throw new HttpError(400, `Module "${moduleKey}" has no resolver function to invoke.`);
  if (!isObject(call) || typeof call.functionKey !== 'string') throw new HttpError(400, 'call.functionKey must be a string.');
  const extras = isObject(context) ? context : {};
  return {
    moduleKey,
    functionKey,
    call: { functionKey: call.functionKey, payload: call.payload },
    ...(isObject(extras.extension) ? { extension: extras.extension } : {}),
    ...(typeof extras.localId === 'string' ? { localId: extras.localId } : {}),
  };
}

export function invokeRoute(options: InvokeRouteOptions): RequestHandler {
  const onError = options.onError ?? ((error: unknown, key: string) => console.error(`[sandbox] function "${key}" threw:`, error));

  async function platformContext(moduleKey: string, req: IncomingMessage): Promise<PlatformContext> {
    const ids = { ...SANDBOX_PLATFORM, siteUrl: `http://${req.headers.host ?? 'localhost'}`, ...options.platform };
    const accountId = options.currentAccountId(req);
    const context: PlatformContext = {
      cloudId: ids.cloudId,
      siteUrl: ids.siteUrl,
      environmentId: ids.environmentId,
      environmentType: 'DEVELOPMENT',
      locale: 'en-US',
      timezone: 'UTC',
      moduleKey,
      localId: moduleLocalId(ids.appId, ids.environmentId, moduleKey),
      ...(await options.contextFor?.(moduleKey, req)),
    };
    if (accountId) context.accountId = accountId;
    else delete context.accountId;
    return context;
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Forge's front-end invocation limits: 500 KB in, 5 MB out.
    const request = parseInvoke(await readJsonBody(req, FORGE_LIMITS.frontendRequestBytes));
    if (!Object.prototype.hasOwnProperty.call(options.handlers, request.functionKey)) {
      throw new HttpError(404, `No function "${request.functionKey}" is defined (module "${request.moduleKey}").`);
    }
    const handler = options.handlers[request.functionKey] as FunctionHandler;
    const platform = await platformContext(request.moduleKey, req);
    const context = { ...platform, localId: request.localId ?? platform.localId, extension: request.extension ?? {} };
    const runtime = {
      principal: platform.accountId ? { accountId: platform.accountId } : undefined,
      installContext: options.installContextFor?.(request.moduleKey, platform.cloudId) ?? `ari:cloud:jira::site/${platform.cloudId}`,
    };
    let body: unknown;
    try {
      body = await handler({ call: request.call, context }, runtime);
    } catch (error) {
      onError(error, request.functionKey);
      throw new HttpError(500, messageOf(error));
    }
    const answer = body === undefined ? { ok: true } : { ok: true, body };
    const bytes = jsonBytes(answer);
    if (bytes > FORGE_LIMITS.responseBytes) {
      throw new HttpError(
        500,
        `Function "${request.functionKey}" answered ${bytes} bytes; Forge's limit for an invocation's response is ${FORGE_LIMITS.responseBytes} bytes.`,
      );
    }
    sendJson(res, 200, answer);
  }

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (url.pathname !== INVOKE_PATH && url.pathname !== CONTEXT_PATH) return false;
    try {
      if (url.pathname === CONTEXT_PATH && req.method === 'GET') {
        const moduleKey = url.searchParams.get('moduleKey');
        if (!moduleKey) throw new HttpError(400, 'moduleKey is missing.');
        sendJson(res, 200, await platformContext(moduleKey, req));
      } else if (url.pathname === INVOKE_PATH && req.method === 'POST') {
        await invoke(req, res);
      } else {
        throw new HttpError(405, `${req.method ?? 'This method'} is not allowed on ${url.pathname}.`);
      }
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) sendJson(res, status, { ok: false, message: messageOf(error) });
    }
    return true;
  };
}
