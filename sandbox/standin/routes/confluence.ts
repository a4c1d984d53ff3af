/** Confluence REST v2 (under /wiki/api/v2): a page with its storage body and versions, and a space. */
import { confluenceError, listParam, sendJson, sendNoContent } from '../http';
import { can, causeOf } from '../auth';
import { mayViewPage } from '../page-restrictions';
import { byId } from '../lookup';
import { route, type RouteContext } from '../router';
import type { PageData } from '../standin-data';
import { pageEditRoutes } from './confluence-page-edit';
import { storageToAdf, type ForgeApp } from '../storage-to-adf';
import { SANDBOX_PLATFORM } from '../../host/forge-context';
import { DACI_MODULE_KEY } from '../../../src/decisions/index-page';

/** The app installed on the stand-in's site: its macros are Forge extensions in ADF. */
export const SANDBOX_FORGE_APP: ForgeApp = { appId: SANDBOX_PLATFORM.appId, environmentId: SANDBOX_PLATFORM.environmentId, moduleKeys: [DACI_MODULE_KEY] };

const numericId = (ctx: RouteContext) => {
  const id = ctx.params.id ?? '';
  if (!/^\d+$/.test(id)) throw confluenceError(400, `The id '${id}' is not a valid content id: it must be a number.`);
  return id;
};

function pageVersion(ctx: RouteContext, page: PageData) {
  const wanted = ctx.query.get('version');
  if (wanted === null) return page.versions[page.versions.length - 1];
  if (!/^\d+$/.test(wanted)) throw confluenceError(400, `version must be a number, got '${wanted}'.`);
  const version = page.versions.find((v) => v.number === Number(wanted));
  if (!version) throw confluenceError(404, `Page ${page.id} has no version ${wanted}.`);
  return version;
}

function body(ctx: RouteContext, storage: string) {
  const format = ctx.query.get('body-format');
  if (format === null) return {};
  if (format === 'storage') return { storage: { representation: 'storage', value: storage } };
  if (format === 'atlas_doc_format')
    return { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(storageToAdf(storage, SANDBOX_FORGE_APP)) } };
  throw confluenceError(400, `The sandbox serves body-format=storage or atlas_doc_format, not '${format}'.`);
}

const slug = (title: string) => encodeURIComponent(title.replace(/\s+/g, '+'));

type PageVersion = PageData['versions'][number];

/** A page as GET and PUT /pages/{id} answer it (PageSingle). */
export function serializePage(ctx: RouteContext, page: PageData, version: PageVersion, includeVersion = true) {
  const space = byId(ctx.state.data.confluence.spaces, page.spaceId);
  return {
    id: page.id,
    status: page.status,
    title: version.title,
    spaceId: page.spaceId,
    ...(page.parentId ? { parentId: page.parentId, parentType: 'page' } : {}),
    position: Number(page.id) % 1000,
    authorId: page.authorId,
    ownerId: page.ownerId,
    lastOwnerId: null,
    createdAt: page.createdAt,
    ...(includeVersion
      ? {
          version: { createdAt: version.createdAt, message: version.message, number: version.number, minorEdit: version.minorEdit, authorId: version.authorId },
        }
      : {}),
    body: body(ctx, version.storage),
    _links: {
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      webui: `/spaces/${space?.key ?? page.spaceId}/pages/${page.id}/${slug(version.title)}`,
      tinyui: `/x/${Buffer.from(page.id).toString('base64url')}`,
      base: `${ctx.base}/wiki`,
    },
  };
}

export const confluenceRoutes = [
  route('GET', '/wiki/api/v2/pages/{id}', (ctx) => {
    const page = byId(ctx.state.data.confluence.pages, numericId(ctx));
    // A page in the trash is found only when asked for by status, as Confluence does.
    const statuses = listParam(ctx.query, 'status');
    if (!page || !(statuses.length === 0 ? page.status === 'current' : statuses.includes(page.status))) throw confluenceError(404);
    if (!mayViewPage(ctx.caller, page)) throw confluenceError(404);
    const version = pageVersion(ctx, page);
    if (!version) throw confluenceError(404);
    sendJson(ctx.res, 200, serializePage(ctx, page, version, ctx.query.get('include-version') !== 'false'));
  }),
  ...pageEditRoutes,
  route('DELETE', '/wiki/api/v2/pages/{id}', (ctx) => {
    const page = byId(ctx.state.data.confluence.pages, numericId(ctx));
    if (!page || page.status !== 'current' || !mayViewPage(ctx.caller, page)) throw confluenceError(404);
    if (!can(ctx.caller, 'edit')) throw confluenceError(404, 'You do not have permission to delete this page.');
    if (ctx.query.get('purge') === 'true') throw confluenceError(400, 'Only a trashed page can be purged.');
    page.status = 'trashed';
    ctx.state.save();
    ctx.state.emitPageEvent('avi:confluence:trashed:page', page.id, causeOf(ctx.caller));
    sendNoContent(ctx.res);
  }),
  route('GET', '/wiki/api/v2/spaces/{id}', (ctx) => {
    const space = byId(ctx.state.data.confluence.spaces, numericId(ctx));
    if (!space) throw confluenceError(404);
    const format = ctx.query.get('description-format');
    if (format !== null && format !== 'plain' && format !== 'view') throw confluenceError(400, `description-format must be plain or view, not '${format}'.`);
    const description =
      format === null
        ? {}
        : { description: { [format]: { representation: format, value: format === 'view' ? `<p>${space.description}</p>` : space.description } } };
    const icon = listParam(ctx.query, 'include-icon').includes('true')
      ? { icon: { path: `/wiki/aa-avatar/default/space/${space.key}`, apiDownloadLink: `/wiki/download/attachments/${space.homepageId}/space-icon.png` } }
      : {};
    sendJson(ctx.res, 200, {
      id: space.id,
      key: space.key,
      name: space.name,
      type: space.type,
      status: 'current',
      authorId: space.authorId,
      createdAt: space.createdAt,
      homepageId: space.homepageId,
      ...description,
      ...icon,
      _links: { webui: `/spaces/${space.key}`, base: `${ctx.base}/wiki` },
    });
  }),
];
