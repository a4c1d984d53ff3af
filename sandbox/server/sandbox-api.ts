import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { DEMO_USERS, findUserByAccountId } from '../standin/demo-users';
import { SEED_CONFLUENCE } from '../standin/seed-confluence';
import type { StandIn, Workflow } from '../standin/standin-server';
import { HttpError, readJsonBody, sendJson } from '../host/http-json';
import { readManifest, type CustomUiModule } from '../host/manifest';
import { currentLocale, currentUser, userCookie } from './session-cookie';
import { manifestText } from '../host/manifest-text';

const API = '/__sandbox/api/';
const rulesSchema = z.array(z.object({ id: z.string().min(1), type: z.string().min(1), configuration: z.unknown() }));

interface SandboxApiOptions {
  standIn: StandIn;
  manifestPath: string;
  reset(): Promise<void>;
  /** Tests only: modules served as if manifest.yml declared them (same type and key replaces the manifest's). */
  extraModules?: readonly CustomUiModule[];
}

function session(req: IncomingMessage, accountId?: string) {
  const current = (accountId && findUserByAccountId(accountId)) || currentUser(req);
  const users = DEMO_USERS.map(({ accountId, displayName, emailAddress, persona, avatarUrls, rights }) => ({
    accountId,
    displayName,
    emailAddress,
    persona,
    avatarUrls,
    rights,
  }));
  return { current: current.accountId, users, specPageId: SEED_CONFLUENCE.specPageId };
}

/** Jira's status category keys as the new workflow editor names them in `transitionContext`. */
const CATEGORY = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' } as const;

/** A workflow as the workflow page shows it; a team-managed one names its project (`scopedProjectId`). */
function workflow(standIn: StandIn, chosen: Workflow) {
  const { statuses: known, projects } = standIn.snapshot();
  const statuses = new Map(known.map((s) => [s.id, s]));
  const name = (id: string) => statuses.get(id)?.name ?? id;
  const status = (id: string) => {
    const found = statuses.get(id);
    return found ? { id, name: found.name, statusCategory: CATEGORY[found.category], description: found.description } : { id, name: id };
  };
  const { id, name: workflowName, transitions, scopedProjectId } = chosen;
  const project = projects.find((p) => p.id === scopedProjectId);
  return {
    workflowId: id,
    workflowName,
    ...(scopedProjectId ? { scopedProjectId } : {}),
    ...(project ? { project: { id: project.id, key: project.key, name: project.name } } : {}),
    transitions: transitions.map((t) => ({
      id: t.id,
      name: t.name,
      from: t.fromStatusIds.map(name),
      to: name(t.toStatusId),
      fromStatuses: t.fromStatusIds.map(status),
      toStatus: status(t.toStatusId),
      rules: t.rules,
    })),
  };
}

/** The modules, their titles in the person's language (as Jira shows them). */
function modules(manifestPath: string, locale: string, extra: readonly CustomUiModule[] = []): CustomUiModule[] {
  const replaced = (m: CustomUiModule) => extra.some((e) => e.type === m.type && e.key === m.key);
  return [...readManifest(manifestPath).modules.filter((m) => !replaced(m)), ...extra].map((m) => {
    const title = m.title === undefined ? undefined : manifestText(manifestPath, m.title, locale);
    return { ...m, ...(title === undefined ? {} : { title }) };
  });
}

type Answer = { status?: number; body: unknown; cookie?: string };

async function answer(route: string, req: IncomingMessage, { standIn, manifestPath, reset, extraModules }: SandboxApiOptions): Promise<Answer> {
  if (route === 'GET session') return { body: session(req) };
  if (route === 'POST session') {
    const { accountId } = z.object({ accountId: z.string() }).parse(await readJsonBody(req, 10_000));
    if (!findUserByAccountId(accountId)) throw new HttpError(400, `No demo person ${accountId}`);
    return { body: session(req, accountId), cookie: userCookie(accountId) };
  }
  // The page's workflows: the company-managed one of Checkout, then each team-managed project's.
  if (route === 'GET workflows')
    return { body: [standIn.workflow(), ...standIn.workflows().filter((w) => w.scopedProjectId)].map((w) => workflow(standIn, w)) };
  const rules = /^PUT workflows\/([^/]+)\/transitions\/([^/]+)\/rules$/.exec(route);
  if (rules) {
    const [, workflowId = '', transitionId = ''] = rules;
    const chosen = standIn.workflows().find((w) => w.id === decodeURIComponent(workflowId));
    if (!chosen) throw new HttpError(404, `No workflow ${workflowId}`);
    standIn.setTransitionRules(decodeURIComponent(transitionId), rulesSchema.parse(await readJsonBody(req, 100_000)), chosen.id);
    return { body: workflow(standIn, standIn.workflows().find((w) => w.id === chosen.id) ?? chosen) };
  }
  if (route === 'GET modules') return { body: modules(manifestPath, currentLocale(req), extraModules) };
  if (route === 'POST reset') {
    await reset();
    return { body: { reset: true } };
  }
  throw new HttpError(404, `No sandbox API ${route}`);
}

/** The sandbox's own API for its chrome: who is signed in, the workflow's rules, the manifest's modules, reset. */
export function sandboxApi(options: SandboxApiOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!url.pathname.startsWith(API)) return false;
    try {
      const { status = 200, body, cookie } = await answer(`${req.method} ${url.pathname.slice(API.length)}`, req, options);
      if (cookie) res.setHeader('Set-Cookie', cookie);
      sendJson(res, status, body);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : error instanceof z.ZodError ? 400 : 500;
      const message = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
      sendJson(res, status, { errorMessages: [message], errors: {} });
    }
    return true;
  };
}
