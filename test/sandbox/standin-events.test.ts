/** The stand-in tells a listener (the app's trigger, in the sandbox) about edits and transitions, after answering. */
import { dirname } from 'node:path';
import { EMMA } from '../../sandbox/standin/demo-users';
import type { IssueEvent } from '../../sandbox/standin/standin-server';
import { removeDir, startStandIn, type Harness } from './standin-harness';

let harness: Harness;
const events: IssueEvent[] = [];
let slow: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  harness = await startStandIn({
    onIssueEvent: async (event) => {
      await slow();
      events.push(event);
    },
  });
});
afterAll(async () => {
  await harness.close();
  removeDir(dirname(harness.dataFile));
});
beforeEach(() => {
  events.length = 0;
  slow = async () => undefined;
});

describe('stand-in issue events', () => {
  it('sends avi:jira:updated:issue after an edit, naming the person, the item, its project, its parent and what changed', async () => {
    expect((await harness.call('emma', 'PUT', '/rest/api/3/issue/ABC-8', { body: { fields: { labels: ['api'] } } })).status).toBe(204);
    await harness.standIn.eventsSettled();
    expect(events).toEqual([
      {
        eventType: 'avi:jira:updated:issue',
        selfGenerated: false,
        atlassianId: EMMA.accountId,
        timestamp: expect.stringMatching(/^\d+$/),
        issue: {
          id: '10008',
          key: 'ABC-8',
          fields: {
            project: { id: expect.any(String), key: 'ABC' },
            issuetype: { id: expect.any(String), subtask: true },
            parent: { id: '10003', key: 'ABC-3' },
          },
        },
        changelog: { items: [{ fieldId: 'labels', field: 'labels' }] },
      },
    ]);
  });

  it("sends one after a transition, and marks the app's own changes selfGenerated", async () => {
    expect((await harness.call('app', 'POST', '/rest/api/3/issue/ABC-9/transitions', { body: { transition: { id: '11' } } })).status).toBe(204);
    await harness.standIn.eventsSettled();
    expect(events.map((e) => [e.issue.key, e.selfGenerated, e.atlassianId])).toEqual([['ABC-9', true, undefined]]);
    expect(events[0]?.changelog?.items.map((i) => i.fieldId)).toEqual(['status', 'resolution']);
  });

  it('answers before the listener has finished (events are asynchronous), and sends none for refused changes or property writes', async () => {
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const listening = new Promise<void>((done) => (entered = done));
    const gate = new Promise<void>((done) => (release = done));
    slow = () => {
      entered();
      return gate;
    };
    expect((await harness.call('emma', 'PUT', '/rest/api/3/issue/ABC-5', { body: { fields: { labels: ['later'] } } })).status).toBe(204);
    await listening;
    expect(events).toEqual([]);
    release();
    await harness.standIn.eventsSettled();
    expect(events).toHaveLength(1);
    events.length = 0;
    slow = async () => undefined;
    expect((await harness.call('victor', 'PUT', '/rest/api/3/issue/ABC-5', { body: { fields: { labels: ['no'] } } })).status).toBe(403);
    expect((await harness.call('app', 'PUT', '/rest/api/3/issue/ABC-5/properties/shipshape', { body: { handoff: 'empty' } })).status).toBe(201);
    await harness.standIn.eventsSettled();
    expect(events).toEqual([]);
  });
});
