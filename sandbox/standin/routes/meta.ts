/** Fields, link types, work types and server information. */
import { sendJson } from '../http';
import { envOf, issueTypeObject, linkTypeObject } from '../jira-objects';
import { route } from '../router';

export const metaRoutes = [
  route('GET', '/rest/api/3/field', (ctx) => {
    sendJson(
      ctx.res,
      200,
      ctx.state.data.fields.map(({ options: _options, ...field }) => ({ ...field, key: field.id })),
    );
  }),
  route('GET', '/rest/api/3/issueLinkType', (ctx) => {
    sendJson(ctx.res, 200, { issueLinkTypes: ctx.state.data.linkTypes.map((type) => linkTypeObject(envOf(ctx), type)) });
  }),
  route('GET', '/rest/api/3/issuetype', (ctx) => {
    sendJson(
      ctx.res,
      200,
      ctx.state.data.issueTypes.map((type) => issueTypeObject(envOf(ctx), type)),
    );
  }),
  route('GET', '/rest/api/3/serverInfo', (ctx) => {
    sendJson(ctx.res, 200, {
      baseUrl: ctx.base,
      displayUrl: ctx.base,
      displayUrlConfluence: `${ctx.base}/wiki`,
      version: '1001.0.0-SNAPSHOT',
      versionNumbers: [1001, 0, 0],
      deploymentType: 'Cloud',
      buildNumber: 100270,
      buildDate: '2026-11-20T00:00:00.000+0000',
      serverTime: new Date().toISOString().replace('Z', '+0000'),
      scmInfo: 'shipshape-sandbox',
      serverTitle: 'Shipshape sandbox (stand-in Jira)',
    });
  }),
];
