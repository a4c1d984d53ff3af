import type { StoreWrite } from '../../../src/ports/key-value-store';
/**
 * The app as the sandbox runs it: the stand-in Jira with the real demo people on a loopback port,
 * the app's storage in memory, and the `issue-resolver` function of sandbox/server/local-app.ts
 * called exactly as Forge calls it. The stand-in's workflow rules run the app's real validator
 * over the same storage, so transitions see what the resolvers wrote.
 */
import { dirname } from 'node:path';
import { localApp } from '../../../sandbox/server/local-app';
import type { DemoUser } from '../../../sandbox/standin/demo-users';
import { seedAppStorage } from '../../../sandbox/standin/seed';
import { memoryStore } from '../../../src/adapters/memory-store';
import type { Envelope } from '../../../src/resolvers/envelope';
import type { PanelData } from '../../../src/resolvers/panel-data';
import { removeDir, startStandIn, type Harness } from '../../sandbox/standin-harness';

export interface Item {
  id: string;
  key: string;
}

export interface SandboxApp {
  standIn: Harness;
  /** The app's functions as sandbox/server/local-app.ts wires them (the DACI macro's, the decision index trigger…). */
  app: ReturnType<typeof localApp>;
  store: ReturnType<typeof memoryStore>;
  /** Calls a resolver of `issue-resolver` as Forge would: the caller only in the runtime's principal. */
  invoke(person: DemoUser, functionKey: string, payload: unknown, item: Item, context?: Record<string, unknown>): Promise<Envelope<PanelData>>;
  /** Replaces the app's storage (a fresh copy of `contents`). */
  resetStorage(contents: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startSandboxApp(storage: Record<string, unknown> = seedAppStorage()): Promise<SandboxApp> {
  const standIn = await startStandIn();
  let store = memoryStore(storage);
  const sharedStore = {
    get: (key: string) => store.get(key),
    set: (key: string, value: unknown) => store.set(key, value),
    delete: (key: string) => store.delete(key),
    getVersioned: (key: string) => store.getVersioned(key),
    commit: (writes: StoreWrite[]) => store.commit(writes),
    snapshot: () => store.snapshot(),
  };
  const app = localApp({ baseUrl: standIn.baseUrl, store: sharedStore });
  standIn.onPageEvent = (event) => app.indexDecisions(event);
  // The stand-in names the person moving the item in the validator's context, as the sandbox server passes it on.
  standIn.ruleAnswer = async (rule, args, context) => (rule.type === 'shipshape-gate' ? app.validateTransition(args, context) : { result: true });
  const handler = app.functionHandlers['issue-resolver'];
  if (!handler) throw new Error('local-app has no issue-resolver function');
  return {
    standIn,
    app,
    store: sharedStore,
    invoke: async (person, functionKey, payload, item, context) => {
      const event = {
        call: { functionKey, payload },
        context: context ?? { extension: { type: 'jira:issuePanel', issue: { id: item.id, key: item.key, type: 'Story' }, project: { key: 'ABC' } } },
      };
      return (await handler(event, { principal: { accountId: person.accountId }, installContext: 'ari:cloud:jira::site/sandbox' })) as Envelope<PanelData>;
    },
    resetStorage: (contents) => {
      store = memoryStore(structuredClone(contents));
    },
    close: async () => {
      await standIn.close();
      removeDir(dirname(standIn.dataFile));
    },
  };
}

export function dataOf(result: Envelope<PanelData>): PanelData {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}
