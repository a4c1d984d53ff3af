/** Names in the panel through the sandbox: the real resolvers, the stand-in's user/bulk, as Forge would wire them. */
import { EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { SEED_ISSUES } from '../../sandbox/standin/seed';
import { dataOf, startSandboxApp, type SandboxApp } from './support/sandbox-app';

let app: SandboxApp;
beforeAll(async () => {
  app = await startSandboxApp();
});
afterAll(() => app.close());

it('names the demo people the panel of a seeded item shows', async () => {
  const data = dataOf(await app.invoke(EMMA, 'getPanel', {}, SEED_ISSUES.savedCards));
  const verifiers = data.handoff.expectedBehaviours.map((b) => b.verification?.accountId).filter((id): id is string => id !== undefined);
  expect(verifiers.length).toBeGreaterThan(0);
  for (const id of verifiers) expect(data.people[id]).toEqual({ displayName: expect.any(String), avatarUrl: expect.any(String) });
  expect(data.people[QUINN.accountId]?.displayName).toBe(QUINN.displayName);
});
