/** The stand-in's data in memory, saved to its file after every write, and the workflow rule runner. */
import { loadData, writeJsonAtomically, type StandInData } from './standin-data';
import { seedStandInData } from './seed';
import { rmSync } from 'node:fs';
import type { IndexedValue } from './entity-property-index';

/** What a Forge trigger receives on `avi:jira:created:issue` / `avi:jira:updated:issue` (the parts the stand-in sends). */
export interface IssueEvent {
  eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue';
  selfGenerated: boolean;
  atlassianId?: string;
  timestamp: string;
  issue: {
    id: string;
    key: string;
    fields: { project: { id: string; key: string }; issuetype: { id: string; subtask: boolean }; parent?: { id: string; key: string } };
  };
  /** On an update: the fields that changed, by id (Jira's changelog also says from and to; the app reads only which). */
  changelog?: { items: Array<{ fieldId: string; field: string }> };
}
export type IssueEventListener = (event: IssueEvent) => Promise<unknown> | void;

/** What a Forge trigger receives on Confluence page events (events-reference/confluence: the parts the stand-in sends). */
export interface PageEvent {
  eventType: `avi:confluence:${'created' | 'updated' | 'trashed' | 'restored' | 'deleted' | 'moved'}:page`;
  selfGenerated: boolean;
  atlassianId?: string;
  eventCreatedDate: string;
  content: { id: string; type: 'page'; status: string; title: string; space: { id: number; key: string }; version: { number: number } };
}
export type PageEventListener = (event: PageEvent) => Promise<unknown> | void;

/** What a Forge workflow validator receives from Jira on a transition. */
export interface TransitionRuleArgs {
  issue: { key: string };
  configuration: unknown;
  transition: { from: { id: string }; to: { id: string }; modifiedFields: Record<string, unknown> | null };
}

/** Runs one workflow rule (for Shipshape: the app's validator) the way Jira would. */
export interface TransitionRuleRunner {
  /** `context`: who moves the item, as Forge's invocation context names them. */
  (
    rule: { type: string; configuration: unknown },
    args: TransitionRuleArgs,
    context?: { accountId?: string },
  ): Promise<{ result: boolean; errorMessage?: string }>;
}

export interface StandInState {
  data: StandInData;
  /** Each person's Jira profile language as the sandbox's Language switch last set it (not saved: a session's choice). */
  readonly profileLocales: Map<string, string>;
  readonly runRule: TransitionRuleRunner;
  /** Issue entity property values indexed for JQL (the app's `jira:entityProperty` modules). */
  readonly indexedValues: readonly IndexedValue[];
  /**
   * Tells the listener (the app's trigger) that a work item changed, after the response, as
   * Jira's events arrive: asynchronously, and never failing the request that caused them.
   */
  emitIssueEvent(eventType: IssueEvent['eventType'], issueId: string, cause: { accountId?: string; byApp: boolean }, changed?: readonly string[]): void;
  /** The same for a Confluence page (the app's decision index trigger). */
  emitPageEvent(eventType: PageEvent['eventType'], pageId: string, cause: { accountId?: string; byApp: boolean }): void;
  /** Resolves when every event emitted so far has been handled. */
  eventsSettled(): Promise<void>;
  /** Where attached files' bytes are kept: beside the data file. */
  readonly attachmentDir: string;
  /** Writes the data file (temp file + rename). Call after every change. */
  save(): void;
  /** Replaces the data with a fresh seed and saves it. */
  reset(): void;
}

export interface StateOptions {
  dataFile: string;
  reset?: boolean;
  runRule: TransitionRuleRunner;
  indexedValues?: readonly IndexedValue[];
  onIssueEvent?: IssueEventListener;
  onPageEvent?: PageEventListener;
}

function pageEventFor(
  data: StandInData,
  eventType: PageEvent['eventType'],
  pageId: string,
  cause: { accountId?: string; byApp: boolean },
): PageEvent | undefined {
  const page = data.confluence.pages.find((p) => p.id === pageId);
  const space = data.confluence.spaces.find((s) => s.id === page?.spaceId);
  const version = page?.versions.at(-1);
  if (!page || !space || !version) return undefined;
  return {
    eventType,
    selfGenerated: cause.byApp,
    ...(cause.accountId ? { atlassianId: cause.accountId } : {}),
    eventCreatedDate: new Date().toISOString(),
    content: {
      id: page.id,
      type: 'page',
      status: page.status,
      title: version.title,
      space: { id: Number(space.id), key: space.key },
      version: { number: version.number },
    },
  };
}

function eventFor(
  data: StandInData,
  eventType: IssueEvent['eventType'],
  issueId: string,
  cause: { accountId?: string; byApp: boolean },
  changed?: readonly string[],
): IssueEvent | undefined {
  const issue = data.issues.find((i) => i.id === issueId);
  const project = data.projects.find((p) => p.id === issue?.projectId);
  if (!issue || !project) return undefined;
  const parent = data.issues.find((i) => i.id === issue.parentId);
  return {
    eventType,
    selfGenerated: cause.byApp,
    ...(cause.accountId ? { atlassianId: cause.accountId } : {}),
    timestamp: String(Date.now()),
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        project: { id: project.id, key: project.key },
        issuetype: { id: issue.issueTypeId, subtask: data.issueTypes.find((t) => t.id === issue.issueTypeId)?.subtask === true },
        ...(parent ? { parent: { id: parent.id, key: parent.key } } : {}),
      },
    },
    ...(changed ? { changelog: { items: changed.map((fieldId) => ({ fieldId, field: fieldId })) } } : {}),
  };
}

export function openState(options: StateOptions): StandInState {
  const loaded = options.reset ? undefined : loadData(options.dataFile);
  const pending = new Set<Promise<unknown>>();
  const deliver = <E>(listener: (event: E) => Promise<unknown> | void, event: E, what: string) => {
    const delivery = new Promise<void>((done) => setImmediate(done))
      .then(() => listener(event))
      .catch((error: unknown) => console.error(`stand-in: the listener of ${what} failed`, error))
      .finally(() => pending.delete(delivery));
    pending.add(delivery);
  };
  const state: StandInState = {
    data: loaded ?? seedStandInData(),
    profileLocales: new Map(),
    runRule: options.runRule,
    indexedValues: options.indexedValues ?? [],
    emitIssueEvent: (eventType, issueId, cause, changed) => {
      const listener = options.onIssueEvent;
      const event = listener && eventFor(state.data, eventType, issueId, cause, changed);
      if (listener && event) deliver(listener, event, `${eventType} for ${event.issue.key}`);
    },
    emitPageEvent: (eventType, pageId, cause) => {
      const listener = options.onPageEvent;
      const event = listener && pageEventFor(state.data, eventType, pageId, cause);
      if (listener && event) deliver(listener, event, `${eventType} for page ${pageId}`);
    },
    eventsSettled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    attachmentDir: `${options.dataFile}.attachments`,
    save: () => writeJsonAtomically(options.dataFile, state.data),
    reset: () => {
      rmSync(`${options.dataFile}.attachments`, { recursive: true, force: true });
      state.data = seedStandInData();
      state.save();
    },
  };
  if (!loaded) state.save();
  return state;
}
