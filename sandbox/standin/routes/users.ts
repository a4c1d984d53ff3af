/** The current person, people by account id (one or in bulk) or by name, and a person's groups. */
import { APP_ACCOUNT, DEMO_USERS, GROUP_IDS, findUserByAccountId, type DemoUser } from '../demo-users';
import { jiraError, listParam, sendJson } from '../http';
import { envOf, fullUser, groupName, userDetails, type Env } from '../jira-objects';
import { route, type RouteContext } from '../router';

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

const groupItems = (env: Env, user: DemoUser) => user.groups.map((name) => groupName(env, name, GROUP_IDS[name]));
const expanded = (ctx: RouteContext) => listParam(ctx.query, 'expand').includes('groups');

/** The app's own user, as /myself answers for asApp() calls. */
const appUser = (env: Env) => ({
  ...userDetails(env, APP_ACCOUNT.accountId),
  locale: 'en_US',
  groups: { size: 0, items: [] },
  applicationRoles: { size: 0, items: [] },
  expand: 'groups,applicationRoles',
});

function userByQuery(ctx: RouteContext): DemoUser | 'app' {
  const accountId = ctx.query.get('accountId');
  if (accountId === null || accountId === '') throw jiraError(400, ["The query parameter 'accountId' is required."]);
  if (accountId === APP_ACCOUNT.accountId) return 'app';
  const user = findUserByAccountId(accountId);
  if (!user) throw jiraError(404, [USER_NOT_FOUND]);
  return user;
}

export const userRoutes = [
  route('GET', '/rest/api/3/myself', (ctx) => {
    const env = envOf(ctx);
    if (ctx.caller.kind === 'app') return sendJson(ctx.res, 200, appUser(env));
    const { user } = ctx.caller;
    sendJson(ctx.res, 200, fullUser(env, user, expanded(ctx) ? groupItems(env, user) : undefined));
  }),
  route('GET', '/rest/api/3/user', (ctx) => {
    const env = envOf(ctx);
    const user = userByQuery(ctx);
    sendJson(ctx.res, 200, user === 'app' ? appUser(env) : fullUser(env, user, expanded(ctx) ? groupItems(env, user) : undefined));
  }),
  // As Jira: the query matches the start of a name's words or the email address; no query, no people.
  route('GET', '/rest/api/3/user/search', (ctx) => {
    const query = (ctx.query.get('query') ?? '').trim().toLowerCase();
    if (query === '') throw jiraError(400, ["One of 'query', 'accountId' or 'property' query parameters must be provided"]);
    const maxResults = Math.min(1000, Math.max(1, Number.parseInt(ctx.query.get('maxResults') ?? '50', 10) || 50));
    const matches = (user: DemoUser) =>
      user.displayName
        .toLowerCase()
        .split(/\s+/)
        .some((word) => word.startsWith(query)) || user.emailAddress.toLowerCase().startsWith(query);
    sendJson(
      ctx.res,
      200,
      DEMO_USERS.filter(matches)
        .slice(0, maxResults)
        .map((user) => userDetails(envOf(ctx), user.accountId)),
    );
  }),
  route('GET', '/rest/api/3/user/groups', (ctx) => {
    const user = userByQuery(ctx);
    sendJson(ctx.res, 200, user === 'app' ? [] : groupItems(envOf(ctx), user));
  }),
  route('GET', '/rest/api/3/user/bulk', (ctx) => {
    const env = envOf(ctx);
    const ids = ctx.query.getAll('accountId').filter((id) => id !== '');
    if (ids.length === 0) throw jiraError(400, ["The query parameter 'accountId' is required."]);
    const startAt = Math.max(0, Number.parseInt(ctx.query.get('startAt') ?? '0', 10) || 0);
    const maxResults = Math.min(200, Math.max(1, Number.parseInt(ctx.query.get('maxResults') ?? '10', 10) || 10));
    const known = [...new Set(ids)].filter((id) => id === APP_ACCOUNT.accountId || findUserByAccountId(id));
    const values = known.slice(startAt, startAt + maxResults).map((id) => {
      const user = findUserByAccountId(id);
      return user ? fullUser(env, user, undefined) : appUser(env);
    });
    const page = (start: number) =>
      `${env.base}/rest/api/3/user/bulk?${new URLSearchParams([['maxResults', String(maxResults)], ['startAt', String(start)], ...ids.map((id) => ['accountId', id])])}`;
    const isLast = startAt + maxResults >= known.length;
    sendJson(ctx.res, 200, {
      self: page(startAt),
      ...(isLast ? {} : { nextPage: page(startAt + maxResults) }),
      maxResults,
      startAt,
      total: known.length,
      isLast,
      values,
    });
  }),
];
