/** People's avatars: what the stand-in Confluence answers and serves, and the CSP the manifest gives the macro's frame. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { startStandIn, removeDir, type Harness } from '../sandbox/standin-harness';
import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { getUsersBulk } from '../../src/confluence/get-users-bulk';
import { searchUsers } from '../../src/confluence/search-users';
import { avatarUrl } from '../../src/domain/daci/avatar';
import { RESOLVER_RETRY_POLICY } from '../../src/jira/retry-policy';
import { systemClock } from '../../src/ports/clock';
import { ALEX, APP_EMAIL, EMMA, PRIYA, QUINN, SANDBOX_PASSWORD } from '../../sandbox/standin/demo-users';
import { handleConfluenceAvatar } from '../../sandbox/standin/routes/confluence-avatars';
import { contentSecurityPolicy } from '../../sandbox/host/content-security-policy';
import { readManifest } from '../../sandbox/host/manifest';

let h: Harness;
let pictures: Server;
let picturesUrl: string;
beforeAll(async () => {
  h = await startStandIn();
  pictures = createServer((req, res) => {
    if (!handleConfluenceAvatar(req, res)) {
      res.writeHead(418);
      res.end();
    }
  });
  await new Promise<void>((done) => pictures.listen(0, '127.0.0.1', done));
  picturesUrl = `http://localhost:${(pictures.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => pictures.close(done));
  await h.close();
  removeDir(dirname(h.dataFile));
});

const as = (email: string) => ({
  client: httpJiraClient({ baseUrl: h.baseUrl, email, apiToken: SANDBOX_PASSWORD }),
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
});
const signedIn = (accountId: string) => ({ headers: { cookie: `sandbox-user=${encodeURIComponent(accountId)}` } });

describe('avatars in the stand-in Confluence', () => {
  it('users-bulk and the user search give a picture path on the site, and none for Quinn, who hides hers', async () => {
    const bulk = await getUsersBulk(as(APP_EMAIL), [ALEX.accountId, QUINN.accountId]);
    expect(bulk).toEqual({
      ok: true,
      value: {
        [ALEX.accountId]: { displayName: 'Alex Admin', avatarPath: `/wiki/aa-avatar/${encodeURIComponent(ALEX.accountId)}` },
        [QUINN.accountId]: { displayName: 'Quinn QA' },
      },
    });
    expect(await searchUsers(as(PRIYA.emailAddress), 'ale', 10)).toEqual({
      ok: true,
      value: [{ accountId: ALEX.accountId, displayName: 'Alex Admin', avatarPath: `/wiki/aa-avatar/${encodeURIComponent(ALEX.accountId)}` }],
    });
  });

  it('serves the picture at that path to signed-in people only', async () => {
    const path = `/wiki/aa-avatar/${encodeURIComponent(EMMA.accountId)}`;
    const url = avatarUrl(picturesUrl, path);
    expect(url).toBe(`${picturesUrl}${path}`);
    const picture = await fetch(url!, signedIn(PRIYA.accountId));
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/svg+xml');
    expect(await picture.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((await fetch(url!)).status).toBe(401);
    expect((await fetch(`${picturesUrl}/wiki/aa-avatar/${encodeURIComponent(QUINN.accountId)}`, signedIn(PRIYA.accountId))).status).toBe(404);
    expect((await fetch(`${picturesUrl}/wiki/aa-avatar/nobody`, signedIn(PRIYA.accountId))).status).toBe(404);
    expect((await fetch(`${picturesUrl}/wiki/other`, signedIn(PRIYA.accountId))).status).toBe(418);
  });
});

describe("the macro frame's Content-Security-Policy", () => {
  it("allows images from the site, Atlassian's avatar CDN and Gravatar, as the manifest declares, and nothing else outside", () => {
    const manifest = readManifest(resolve(__dirname, '../../manifest.yml'));
    const imgSrc = contentSecurityPolicy('<html></html>', manifest.permissions, 'http://127.0.0.1:9')
      .split('; ')
      .find((d) => d.startsWith('img-src '));
    // What Forge adds for every app (its own image hosts), then what the manifest declares.
    expect(imgSrc).toMatch(/^img-src 'self' data: blob: http:\/\/127\.0\.0\.1:9 https:\/\/secure\.gravatar\.com /);
    expect(imgSrc).toMatch(
      / \*\.atlassian\.net https:\/\/avatar-management--avatars\.us-west-2\.prod\.public\.atl-paas\.net https:\/\/secure\.gravatar\.com https:\/\/i0\.wp\.com https:\/\/i1\.wp\.com https:\/\/i2\.wp\.com$/,
    );
  });
});
