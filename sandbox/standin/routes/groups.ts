/** GET /rest/api/3/groups/picker: the demo site's groups whose names contain the query (FoundGroups). */
import { GROUP_IDS } from '../demo-users';
import { sendJson } from '../http';
import { route } from '../router';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const groupRoutes = [
  route('GET', '/rest/api/3/groups/picker', (ctx) => {
    const query = (ctx.query.get('query') ?? '').trim().toLowerCase();
    const maxResults = Math.min(100, Math.max(1, Number.parseInt(ctx.query.get('maxResults') ?? '20', 10) || 20));
    const matching = Object.entries(GROUP_IDS).filter(([name]) => name.toLowerCase().includes(query));
    const groups = matching.slice(0, maxResults).map(([name, groupId]) => {
      const at = query === '' ? -1 : name.toLowerCase().indexOf(query);
      const html =
        at < 0
          ? escapeHtml(name)
          : `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, at + query.length))}</b>${escapeHtml(name.slice(at + query.length))}`;
      return { name, groupId, html, labels: [] };
    });
    sendJson(ctx.res, 200, { header: `Showing ${groups.length} of ${matching.length} matching groups`, total: matching.length, groups });
  }),
];
