/**
 * What Jira does for a `jira:issueContext` module around its Custom UI, for the sandbox chrome:
 *
 * - `GET /__sandbox/issue-context/modules` → the manifest's issue context modules with their
 *   `label`, `title`, static `status`, resource, resolver and `dynamicProperties` function.
 * - `POST /__sandbox/issue-context/status` with `{ moduleKey, issue: { id, key, type, typeId },
 *   project: { id, key, type } }` → runs the module's dynamicProperties function the way Jira
 *   calls it, `handler({ cloudId, extension: { type, issue, project } }, { principal, installContext })`,
 *   and answers what it returns (`{ status }`). The viewer comes from the sandbox's user cookie.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod';
import { SANDBOX_PLATFORM } from '../host/forge-context';
import { HttpError, readJsonBody, sendJson } from '../host/http-json';
import type { FunctionHandler } from '../host/invoke-route';
import { currentLocale, currentUser } from './session-cookie';
import { manifestText } from '../host/manifest-text';

const ROUTE = '/__sandbox/issue-context/';

const moduleSchema = z.looseObject({
  key: z.string(),
  title: z.unknown().optional(),
  label: z.unknown().optional(),
  resource: z.string().optional(),
  status: z.unknown().optional(),
  resolver: z.looseObject({ function: z.string() }).optional(),
  dynamicProperties: z.looseObject({ function: z.string() }).optional(),
});
const manifestSchema = z.looseObject({ modules: z.looseObject({ 'jira:issueContext': z.array(moduleSchema).optional() }).optional() });

export interface IssueContextModule {
  type: 'jira:issueContext';
  key: string;
  title: string;
  label: string;
  /** The manifest's static status, shown until (or instead of) the dynamic one. */
  status?: unknown;
  resources: Record<string, string>;
  resolverFunction?: string;
  dynamicPropertiesFunction?: string;
}

/** The manifest's issue context modules, their title and label in `locale` (as Jira shows them). */
export function issueContextModules(manifestPath: string, locale = 'en-US'): IssueContextModule[] {
  const manifest = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')) ?? {});
  return (manifest.modules?.['jira:issueContext'] ?? []).map((m): IssueContextModule => ({
    type: 'jira:issueContext',
    key: m.key,
    title: manifestText(manifestPath, m.title, locale) ?? m.key,
    label: manifestText(manifestPath, m.label, locale) ?? manifestText(manifestPath, m.title, locale) ?? m.key,
    ...(m.status === undefined ? {} : { status: m.status }),
    resources: m.resource ? { default: m.resource } : ({} as Record<string, string>),
    ...(m.resolver ? { resolverFunction: m.resolver.function } : {}),
    ...(m.dynamicProperties ? { dynamicPropertiesFunction: m.dynamicProperties.function } : {}),
  }));
}

const statusRequestSchema = z.strictObject({
  moduleKey: z.string().min(1),
  issue: z.strictObject({ id: z.string(), key: z.string(), type: z.string(), typeId: z.string() }),
  project: z.strictObject({ id: z.string(), key: z.string(), type: z.string() }),
});

interface IssueContextRouteOptions {
  manifestPath: string;
  /** Function module key → handler (the sandbox's local app). */
  handlers: Readonly<Record<string, FunctionHandler>>;
  /** The viewer's Jira profile language follows the sandbox's Language switch, as /myself tells the function. */
  setProfileLocale?: (accountId: string, locale: string) => void;
}

async function status(req: IncomingMessage, options: IssueContextRouteOptions): Promise<unknown> {
  const asked = statusRequestSchema.parse(await readJsonBody(req, 10_000));
  const module = issueContextModules(options.manifestPath).find((m) => m.key === asked.moduleKey);
  if (!module) throw new HttpError(404, `No jira:issueContext module "${asked.moduleKey}" in the manifest.`);
  if (!module.dynamicPropertiesFunction) return {};
  const handler = options.handlers[module.dynamicPropertiesFunction];
  if (!handler) throw new HttpError(404, `No function "${module.dynamicPropertiesFunction}" is defined (module "${module.key}").`);
  const payload = { cloudId: SANDBOX_PLATFORM.cloudId, extension: { type: 'jira:issueContext', issue: asked.issue, project: asked.project } };
  const viewer = currentUser(req).accountId;
  options.setProfileLocale?.(viewer, currentLocale(req).replace('-', '_'));
  const runtime = { principal: { accountId: viewer }, installContext: `ari:cloud:jira::site/${SANDBOX_PLATFORM.cloudId}` };
  return (await handler(payload, runtime)) ?? {};
}

export function issueContextRoute(options: IssueContextRouteOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!url.pathname.startsWith(ROUTE)) return false;
    const route = `${req.method} ${url.pathname.slice(ROUTE.length)}`;
    try {
      if (route === 'GET modules') sendJson(res, 200, issueContextModules(options.manifestPath, currentLocale(req)));
      else if (route === 'POST status') sendJson(res, 200, await status(req, options));
      else throw new HttpError(404, `No sandbox issue context API ${route}`);
    } catch (error) {
      const code = error instanceof HttpError ? error.status : error instanceof z.ZodError ? 400 : 500;
      const message = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
      sendJson(res, code, { errorMessages: [message], errors: {} });
    }
    return true;
  };
}
