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
    scripts: ["'unsafe-eval'", sha256-abc=]
    styles: [unsafe-inline]
`;

describe('parseManifest', () => {
  const manifest = parseManifest(MANIFEST, '/app');

  it('maps resource keys to absolute folders', () => {
    expect(manifest.resources).toEqual({ 'config-ui': join('/app', 'static/config/build') });
  });

  it('lists modules that show a resource, with their views, resolver function and title', () => {
    expect(manifest.modules).toEqual([
      { type: 'jira:workflowValidator', key: 'gate', resources: { create: 'config-ui', edit: 'config-ui', view: 'summary-ui' }, resolverFunction: 'ui-resolver' },
      { type: 'jira:issuePanel', key: 'panel', resources: { default: 'panel-ui' }, title: 'Shipshape' },
    ]);
  });

  it('turns content permissions into CSP sources', () => {
    const csp = contentSecurityPolicy(manifest.content);
    expect(csp).toContain("script-src 'self' 'unsafe-eval' 'sha256-abc='");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp.startsWith("default-src 'self'")).toBe(true);
  });

  it('reads an empty manifest as nothing', () => {
    expect(parseManifest('', '/app')).toEqual({ resources: {}, content: { scripts: [], styles: [], external: {} }, modules: [] });
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
