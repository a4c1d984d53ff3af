/** GET /wiki/api/v2/pages: pages by id and space, as Confluence lists them (PageBulk, cursor paging). */
import { confluenceError, listParam, sendJson } from '../http';
import { route, type RouteContext } from '../router';
import type { PageData } from '../standin-data';
import { serializePage } from './confluence';
import { mayViewPage } from '../page-restrictions';

const STATUSES = ['current', 'archived', 'deleted', 'trashed'] as const;

function ids(ctx: RouteContext, name: string, max: number): string[] {
  const values = listParam(ctx.query, name);
  if (values.length > max) throw confluenceError(400, `${name} takes at most ${max} values, got ${values.length}.`);
  const bad = values.find((v) => !/^\d{1,19}$/.test(v));
  if (bad !== undefined) throw confluenceError(400, `${name} must be a list of numbers; '${bad}' is not one.`);
  return values;
}

function limitOf(ctx: RouteContext): number {
  const raw = ctx.query.get('limit');
  if (raw === null) return 25;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 250) throw confluenceError(400, `limit must be between 1 and 250, not '${raw}'.`);
  return Number(raw);
}

function offsetOf(ctx: RouteContext): number {
  const cursor = ctx.query.get('cursor');
  if (cursor === null) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw confluenceError(400, 'The cursor is not one this site gave out.');
  return offset;
}

export const pageListRoutes = [
  route('GET', '/wiki/api/v2/pages', (ctx) => {
    const wanted = ids(ctx, 'id', 250);
    const spaces = ids(ctx, 'space-id', 100);
    const statuses = listParam(ctx.query, 'status');
    const badStatus = statuses.find((s) => !(STATUSES as readonly string[]).includes(s));
    if (badStatus !== undefined) throw confluenceError(400, `status must be one of ${STATUSES.join(', ')}, not '${badStatus}'.`);
    const shown = statuses.length > 0 ? statuses : ['current', 'archived'];
    const limit = limitOf(ctx);
    const offset = offsetOf(ctx);
    // A page the caller may not view is left out, as Confluence does.
    const matching = ctx.state.data.confluence.pages.filter(
      (p: PageData) =>
        (wanted.length === 0 || wanted.includes(p.id)) &&
        (spaces.length === 0 || spaces.includes(p.spaceId)) &&
        shown.includes(p.status) &&
        mayViewPage(ctx.caller, p),
    );
    const slice = matching.slice(offset, offset + limit);
    const results = slice.map((page) => {
      const { body: _body, _links: links, ...bulk } = serializePage(ctx, page, page.versions[page.versions.length - 1]!);
      const { base: _base, ...pageLinks } = links;
      return { ...bulk, _links: pageLinks };
    });
    const more = offset + limit < matching.length;
    const next = more
      ? `/wiki/api/v2/pages?${new URLSearchParams({ ...Object.fromEntries(ctx.query), cursor: Buffer.from(String(offset + limit)).toString('base64url') })}`
      : undefined;
    if (next) ctx.res.setHeader('Link', `<${next}>; rel="next"`);
    sendJson(ctx.res, 200, { results, _links: { ...(next ? { next } : {}), base: `${ctx.base}/wiki` } });
  }),
];
