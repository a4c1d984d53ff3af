/**
 * The stand-in Jira Cloud (REST v3) and Confluence Cloud (REST v2) of the sandbox: a request
 * handler for a node:http server, over demo data kept in one JSON file. Only the operations the
 * app and the sandbox use are served; each answers in the shape of Atlassian's OpenAPI specs
 * (test/sandbox/standin-contract.test.ts checks them).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { attachmentRoutes } from './routes/attachments';
import { authenticate } from './auth';
import { DEMO_USERS, type DemoUser } from './demo-users';
import { StandInError, baseUrlOf, confluenceError, jiraError, sendJson } from './http';
import { findRoute, type Route } from './router';
import { MAIN_WORKFLOW_ID } from './seed-config';
import { transitionRuleSchema, type PageData, type StandInData, type TransitionRule, type Workflow } from './standin-data';
import { openState, type IssueEventListener, type PageEventListener, type TransitionRuleRunner } from './standin-state';
import type { IndexedValue } from './entity-property-index';
import { confluenceRoutes } from './routes/confluence';
import { pageListRoutes } from './routes/confluence-page-list';
import { handleConfluenceV1 } from './routes/confluence-v1';
import { issueEditRoutes } from './routes/issue-edit';
import { issueCreateRoutes } from './routes/issue-create';
import { issueGetRoutes } from './routes/issue-get';
import { issuePropertyRoutes } from './routes/issue-properties';
import { metaRoutes } from './routes/meta';
import { permissionRoutes } from './routes/permissions';
import { projectRoutes } from './routes/project';
import { searchRoutes } from './routes/search';
import { transitionRoutes } from './routes/transitions';
import { userRoutes } from './routes/users';
import { groupRoutes } from './routes/groups';
import { workflowRuleRoutes } from './routes/workflow-rules';

export type { IssueEvent, IssueEventListener, PageEvent, PageEventListener, TransitionRuleArgs, TransitionRuleRunner } from './standin-state';
export type { IndexedValue } from './entity-property-index';
export type { StandInData, TransitionRule, Workflow, WorkflowTransition } from './standin-data';
export type { DemoUser } from './demo-users';

export interface StandInOptions {
  /** The JSON data file, e.g. `.sandbox/jira.json`: loaded when present and valid, else seeded. */
  dataFile: string;
  /** Seed afresh even when the data file is valid. */
  reset?: boolean;
  /** Runs the workflow rules of a transition (the sandbox passes the app's validator). */
  runRule: TransitionRuleRunner;
  /** Issue entity property values searchable in JQL (the sandbox reads the manifest's `jira:entityProperty`). */
  indexedValues?: readonly IndexedValue[];
  /** Told after a work item is edited or transitioned, as a Forge trigger would be (the sandbox passes the app's). */
  onIssueEvent?: IssueEventListener;
  /** Told after a Confluence page is saved, as a Forge trigger would be (the sandbox passes the app's decision index). */
  onPageEvent?: PageEventListener;
}

export interface StandIn {
  /** Answers requests under /rest/api/3/ and /wiki/api/v2/ (true); false for any other path, left to the caller. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  readonly users: readonly DemoUser[];
  /** The workflow of the project's standard work types (Story, Task, Bug), with its transitions' rules. */
  workflow(): Workflow;
  /** Every workflow: the standard one, the sub-task one (same transitions, no rules), then the team-managed project's. */
  workflows(): Workflow[];
  /** Replaces the rules on a transition (of the standard workflow unless `workflowId` says otherwise) and saves. */
  setTransitionRules(transitionId: string, rules: TransitionRule[], workflowId?: string): void;
  /** Reseeds the data and saves it. */
  reset(): void;
  /** A copy of all the stand-in's data. */
  snapshot(): StandInData;
  /** Adds Confluence pages and saves, sending no page event (the bench fills a space this way and indexes it itself). */
  addPages(pages: readonly PageData[]): void;
  /** Resolves when every issue and page event sent so far has been handled by its listener. */
  eventsSettled(): Promise<void>;
  /** Restricts who may view a page (Confluence's read restriction), or lifts it (undefined), and saves. */
  restrictPage(pageId: string, viewers: readonly string[] | undefined): void;
  /** Sets a person's Jira profile language ("de_DE"), which /myself answers: the sandbox's Language switch. */
  setProfileLocale(accountId: string, locale: string): void;
}

const ROUTES: readonly Route[] = [
  ...issueGetRoutes,
  ...issueEditRoutes,
  ...issueCreateRoutes,
  ...attachmentRoutes,
  ...issuePropertyRoutes,
  ...transitionRoutes,
  ...searchRoutes,
  ...userRoutes,
  ...permissionRoutes,
  ...projectRoutes,
  ...metaRoutes,
  ...confluenceRoutes,
  ...pageListRoutes,
  ...groupRoutes,
  ...workflowRuleRoutes,
];

/** Every operation the stand-in serves, as `METHOD template` (the contract test calls each one). */
export const STANDIN_OPERATIONS: readonly string[] = ROUTES.map((r) => `${r.method} ${r.template}`);

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export function createStandIn(options: StandInOptions): StandIn {
  const state = openState(options);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    if (isUnder(path, '/wiki/rest/api')) return handleConfluenceV1(req, res, url);
    const confluence = isUnder(path, '/wiki/api/v2');
    if (!confluence && !isUnder(path, '/rest/api/3')) return false;
    const method = (req.method ?? 'GET').toUpperCase();
    const fail = (status: number, message: string) => (confluence ? confluenceError(status, message) : jiraError(status, [message]));
    try {
      const caller = authenticate(req);
      if (!caller) throw fail(401, 'Client must be authenticated to access this resource.');
      const match = findRoute(ROUTES, method, path);
      if (!match) throw fail(404, `The sandbox's stand-in has no resource ${method} ${path}.`);
      if ('allowed' in match) {
        res.setHeader('allow', match.allowed.join(', '));
        throw fail(405, `${method} is not supported for ${path}; use ${match.allowed.join(' or ')}.`);
      }
      await match.route.handler({ req, res, params: match.params, query: url.searchParams, caller, base: baseUrlOf(req), state });
    } catch (error) {
      if (error instanceof StandInError) sendJson(res, error.status, error.body);
      else {
        console.error('stand-in: unexpected error', error);
        sendJson(
          res,
          500,
          confluence
            ? { errors: [{ status: 500, code: 'INTERNAL_SERVER_ERROR', title: 'Internal Server Error', detail: String(error) }] }
            : { errorMessages: [`Internal server error: ${String(error)}`], errors: {} },
        );
      }
    }
    return true;
  }

  function setTransitionRules(transitionId: string, rules: TransitionRule[], workflowId = MAIN_WORKFLOW_ID): void {
    const parsed = z.array(transitionRuleSchema).parse(rules);
    const workflow = state.data.workflows.find((w) => w.id === workflowId);
    const transition = workflow?.transitions.find((t) => t.id === transitionId);
    if (!transition) throw new Error(`No transition ${transitionId} in workflow ${workflowId}`);
    transition.rules = structuredClone(parsed);
    state.save();
  }

  return {
    handle,
    users: DEMO_USERS,
    workflow: () => structuredClone(state.data.workflows.find((w) => w.id === MAIN_WORKFLOW_ID) ?? state.data.workflows[0]) as Workflow,
    workflows: () => structuredClone(state.data.workflows),
    setTransitionRules,
    reset: () => state.reset(),
    snapshot: () => structuredClone(state.data),
    addPages: (pages) => {
      state.data.confluence.pages.push(...structuredClone(pages));
      state.save();
    },
    eventsSettled: () => state.eventsSettled(),
    restrictPage: (pageId, viewers) => {
      const page = state.data.confluence.pages.find((p) => p.id === pageId);
      if (!page) throw new Error(`The stand-in has no page ${pageId}.`);
      if (viewers) page.viewers = [...viewers];
      else delete page.viewers;
      state.save();
    },
    setProfileLocale: (accountId, locale) => void state.profileLocales.set(accountId, locale),
  };
}
