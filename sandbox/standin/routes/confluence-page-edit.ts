/** PUT /wiki/api/v2/pages/{id} (a new version of the page's body, storage or ADF) and POST /wiki/api/v2/users-bulk. */
import { can, causeOf } from '../auth';
import { mayViewPage } from '../page-restrictions';
import { DEMO_USERS, findUserByAccountId } from '../demo-users';
import { confluenceError, readJsonBody, sendJson } from '../http';
import { byId } from '../lookup';
import { route } from '../router';
import { SANDBOX_FORGE_APP, serializePage } from './confluence';
import { adfBodyToStorage } from '../adf-body-to-storage';
import { profilePictureOf } from './confluence-avatars';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The new version's storage: sent as storage, or as ADF that changes only this app's macros' configs (adf-body-to-storage.ts). */
function storageOf(body: unknown, current: string): string {
  if (isObject(body) && body.representation === 'storage' && typeof body.value === 'string') return body.value;
  if (!isObject(body) || body.representation !== 'atlas_doc_format' || typeof body.value !== 'string')
    throw confluenceError(400, 'The sandbox takes body { representation: "storage" or "atlas_doc_format", value }.');
  let adf: unknown;
  try {
    adf = JSON.parse(body.value);
  } catch {
    throw confluenceError(400, 'body.value is not an ADF document (JSON).');
  }
  const applied = adfBodyToStorage(current, adf, SANDBOX_FORGE_APP);
  if (!applied.ok) throw confluenceError(400, applied.message);
  return applied.storage;
}

export const pageEditRoutes = [
  route('PUT', '/wiki/api/v2/pages/{id}', async (ctx) => {
    const page = byId(ctx.state.data.confluence.pages, ctx.params.id ?? '');
    if (!page || !mayViewPage(ctx.caller, page)) throw confluenceError(404);
    if (!can(ctx.caller, 'edit')) throw confluenceError(404, 'You do not have permission to edit this page.');
    const body = await readJsonBody(ctx.req);
    if (!isObject(body) || body.id !== page.id || body.status !== 'current' || typeof body.title !== 'string' || body.title.trim() === '') {
      throw confluenceError(400, 'Send id (this page), status "current", a title, body and version.');
    }
    const current = page.versions[page.versions.length - 1];
    const storage = storageOf(body.body, current?.storage ?? '');
    const wanted = isObject(body.version) ? body.version.number : undefined;
    if (wanted !== (current?.number ?? 0) + 1) {
      throw confluenceError(409, `Version must be incremented: the page is at version ${current?.number}, so send ${(current?.number ?? 0) + 1}.`);
    }
    const authorId = ctx.caller.kind === 'user' ? ctx.caller.user.accountId : page.ownerId;
    const message = isObject(body.version) && typeof body.version.message === 'string' ? body.version.message : '';
    const version = { number: wanted, createdAt: new Date().toISOString(), message, minorEdit: false, authorId, title: body.title, storage };
    page.versions.push(version);
    ctx.state.save();
    ctx.state.emitPageEvent('avi:confluence:updated:page', page.id, causeOf(ctx.caller));
    sendJson(ctx.res, 200, serializePage(ctx, page, version));
  }),
  route('POST', '/wiki/api/v2/users-bulk', async (ctx) => {
    const body = await readJsonBody(ctx.req);
    const ids = isObject(body) && Array.isArray(body.accountIds) ? body.accountIds : undefined;
    if (!ids || ids.length === 0 || ids.length > 250 || !ids.every((id) => typeof id === 'string')) {
      throw confluenceError(400, 'accountIds must list 1 to 250 account ids.');
    }
    const results = [...new Set(ids as string[])].flatMap((id) => {
      const user = findUserByAccountId(id);
      return user
        ? [
            {
              accountId: user.accountId,
              displayName: user.displayName,
              publicName: user.displayName,
              accountType: 'atlassian',
              accountStatus: 'active',
              timeZone: user.timeZone,
              isExternalCollaborator: false,
              profilePicture: profilePictureOf(user),
            },
          ]
        : [];
    });
    sendJson(ctx.res, 200, { results });
  }),
];

/** The demo people whose name starts with (a word starting with) `typed`: what the v1 user search finds. */
export function demoPeopleNamed(typed: string) {
  const lower = typed.toLowerCase();
  return DEMO_USERS.filter(
    (u) =>
      u.displayName
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.startsWith(lower)) || u.displayName.toLowerCase().startsWith(lower),
  );
}
