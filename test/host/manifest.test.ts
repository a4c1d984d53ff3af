/** What the host reads from manifest.yml: resources, Custom UI modules, content permissions. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseManifest, readManifest } from '../../sandbox/host/manifest';
import { contentSecurityPolicy } from '../../sandbox/host/content-security-policy';

const MANIFEST = `modules:
  jira:workflowValidator:
    - key: gate
      function: validate
      create: { resource: config-ui }
      edit: { resource: config-ui }
      view: { resource: summary-ui }
      resolver: { function: ui-resolver }
  jira:issuePanel:
    - key: panel
      title: Shipshape
      resource: panel-ui
  function:
    - key: validate
      handler: index.validate
resources:
  - key: config-ui
    path: static/config/build
permissions:
  content:
    scripts: [unsafe-eval, sha256-Xko2vdKXoUSGivRMRu1HXxN7dqdXR5d5rOp8+2Vc0Ew=]
    styles: [unsafe-inline]
`;

describe('parseManifest', () => {
  const manifest = parseManifest(MANIFEST, '/app');

  it('maps resource keys to absolute folders', () => {
    expect(manifest.resources).toEqual({ 'config-ui': join('/app', 'static/config/build') });
  });

  it('lists modules that show a resource, with their views, resolver function and title', () => {
    expect(manifest.modules).toEqual([
      {
        type: 'jira:workflowValidator',
        key: 'gate',
        resources: { create: 'config-ui', edit: 'config-ui', view: 'summary-ui' },
        resolverFunction: 'ui-resolver',
      },
      { type: 'jira:issuePanel', key: 'panel', resources: { default: 'panel-ui' }, title: 'Shipshape' },
    ]);
  });

  it('turns content permissions into the CSP sources @forge/csp gives them, with inline scripts hashed', () => {
    const csp = contentSecurityPolicy('<html><head><script>go()</script></head></html>', manifest.permissions, 'http://127.0.0.1:9');
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toContain("'unsafe-eval' 'sha256-");
    expect(directive('script-src')).toContain("'sha256-Xko2vdKXoUSGivRMRu1HXxN7dqdXR5d5rOp8+2Vc0Ew='");
    expect(directive('style-src')).toMatch(/^style-src 'self' http:\/\/127\.0\.0\.1:9 .*'unsafe-inline'$/);
    expect(directive('report-uri')).toBe('report-uri http://127.0.0.1:9/__sandbox/csp-report');
    expect(csp.startsWith("default-src 'self'")).toBe(true);
  });

  it('gives a manifest with no content permissions no inline styles or scripts', () => {
    const csp = contentSecurityPolicy('<html></html>', parseManifest('permissions: {}', '/app').permissions, 'http://127.0.0.1:9');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('reads an empty manifest as nothing', () => {
    expect(parseManifest('', '/app')).toEqual({ resources: {}, permissions: {}, modules: [] });
  });
});

describe('readManifest', () => {
  it('reads the file on every call, so an edit applies at once, and parses it again only when its text changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-manifest-'));
    try {
      const path = join(dir, 'manifest.yml');
      writeFileSync(path, MANIFEST);
      const first = readManifest(path);
      expect(readManifest(path)).toBe(first);
      writeFileSync(path, MANIFEST.replace('title: Shipshape', 'title: Shipshape 2'));
      const edited = readManifest(path);
      expect(edited).not.toBe(first);
      expect(edited.modules.find((m) => m.key === 'panel')?.title).toBe('Shipshape 2');
      expect(edited.resources['config-ui']).toBe(join(dir, 'static', 'config', 'build'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
