import { memoryStore } from '../src/adapters/memory-store';
import { projectGatesKey } from '../src/gates/project-keys';
import type { JiraClient } from '../src/ports/jira-client';
import { onIssueEvent } from '../src/triggers/search-index-trigger';
import { seedGatesFile } from '../sandbox/standin/seed-app-storage';
import type { Row } from './measure';

const PROJECT = { id: '10000', key: 'ABC' };
const STORY = { id: '10001', name: 'Story', subtask: false };
const SUBTASK = { id: '10003', name: 'Sub-task', subtask: true };

/** 1,000 updates as a busy board makes them: edits no gate reads, field changes a gate reads, status moves of stories and of sub-tasks. */
function mixedUpdates() {
  const kinds = [
    ...Array<string[]>(45).fill(['summary']),
    ...Array<string[]>(10).fill(['assignee']),
    ...Array<string[]>(10).fill(['fixVersions']),
    ...Array<string[]>(10).fill(['description']),
    ...Array<string[]>(15).fill(['status', 'resolution']),
    ...Array<string[]>(10).fill(['status']),
  ];
  return Array.from({ length: 1000 }, (_, i) => {
    const fields = kinds[i % kinds.length]!;
    const sub = i % kinds.length >= 90;
    const id = String(sub ? 20000 + (i % 50) : 10000 + (i % 50));
    return { id, sub, fields };
  });
}

/** What the event's `issue.fields` carry: the project only; its work type too (Forge's documented filter example reads it); and a sub-task's parent. */
type Payload = 'project' | 'work type' | 'parent';

/** Jira calls the trigger makes for the updates (`only`: just those whose fields match), properties kept as Jira keeps them. */
async function callsFor(withChangelog: boolean, only?: (fields: string[]) => boolean, payload: Payload = 'project'): Promise<number> {
  return (await countCalls(withChangelog, only, payload)).calls;
}

/** The calls, and the updates that took more than one Get issue. */
async function countCalls(withChangelog: boolean, only?: (fields: string[]) => boolean, payload: Payload = 'project') {
  let calls = 0;
  let reads = 0;
  let multiRead = 0;
  const properties = new Map<string, unknown>();
  const jira: JiraClient = async (request) => {
    calls += 1;
    if (request.method === 'GET') reads += 1;
    const id = /\/issue\/(\d+)/.exec(request.path)?.[1] ?? '10000';
    if (request.method === 'PUT') {
      properties.set(id, request.body);
      return { status: 200, header: () => undefined, body: undefined };
    }
    const sub = id.startsWith('2');
    const fields = {
      project: PROJECT,
      issuetype: sub ? SUBTASK : STORY,
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      ...(sub ? { parent: { id: '10001', key: 'ABC-1' } } : {}),
      subtasks: [],
      issuelinks: [],
      fixVersions: [],
      description: null,
      labels: [],
    };
    const stored = properties.get(id);
    return { status: 200, header: () => undefined, body: { id, key: `ABC-${id}`, fields, properties: stored ? { shipshape: stored } : {} } };
  };
  const store = memoryStore({ [projectGatesKey(PROJECT.id)]: seedGatesFile() });
  const deps = {
    jira,
    store,
    clock: { now: () => Date.now(), sleep: async () => undefined },
    retry: { attempts: 1, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 0 },
  };
  for (const u of mixedUpdates().filter((update) => !only || only(update.fields))) {
    const changelog = withChangelog ? { changelog: { items: u.fields.map((fieldId) => ({ fieldId, field: fieldId })) } } : {};
    const fields = {
      project: PROJECT,
      ...(payload === 'project' ? {} : { issuetype: u.sub ? SUBTASK : STORY }),
      ...(payload === 'parent' && u.sub ? { parent: { id: '10001', key: 'ABC-1' } } : {}),
    };
    reads = 0;
    await onIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: u.id, key: `ABC-${u.id}`, fields }, ...changelog }, deps);
    if (reads > 1) multiRead += 1;
  }
  return { calls, multiRead };
}

/** Issue #16, item 9: the trigger shares the app's Jira rate budget with the validator. */
export async function searchIndexCallRows(): Promise<Row[]> {
  const before = await callsFor(false);
  const after = await callsFor(true);
  const typedRun = await countCalls(true, undefined, 'work type');
  const typed = typedRun.calls;
  const subtasks = new Set(
    mixedUpdates()
      .filter((u) => u.sub)
      .map((u) => u.id),
  ).size;
  const parented = await callsFor(true, undefined, 'parent');
  // The assignee is read by Ready for QA's "has an assignee": only the summary edits are unseen by every gate.
  const unseen = await callsFor(true, (fields) => fields.every((f) => f === 'summary'));
  return [
    { measure: 'search index trigger: Jira calls per 1,000 mixed updates, changelog not read', value: String(before), target: '(before)', ok: true },
    { measure: 'search index trigger: Jira calls per 1,000 mixed updates, changelog read', value: String(after), target: '< before', ok: after < before },
    { measure: "… the event naming the work type too (a Story is nobody's sub-task)", value: String(typed), target: '<= changelog read', ok: typed <= after },
    {
      measure: `… updates that read Jira more than once (a sub-task's first status change: its parent is then remembered; ${subtasks} sub-tasks)`,
      value: String(typedRun.multiRead),
      target: `<= ${subtasks}`,
      ok: typedRun.multiRead <= subtasks,
    },
    { measure: "… and a sub-task's parent (its own read spared)", value: String(parented), target: '<= work type', ok: parented <= typed },
    { measure: '… of them for the 450 updates no gate reads (the summary)', value: String(unseen), target: '= 0', ok: unseen === 0 },
  ];
}
