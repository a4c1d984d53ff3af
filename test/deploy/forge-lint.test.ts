/**
 * `forge lint`'s client-side linters over the real src/ (offline), and the scope check built on
 * its permission linter: every file is parsed, nothing is reported, no scope is missing or
 * surplus, and each check fails when it should.
 */
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import { scopeNames } from '../../scripts/deploy/manifest-scopes';
import type { ManifestSchema } from '@forge/manifest';
import { lintWalkProblems, runForgeLint, type LintReport } from '../../scripts/deploy/forge-lint';
import { checkScopes } from '../../scripts/deploy/scope-check';
import { restCallsSource } from '../../scripts/deploy/rest-calls';
import { JIRA_OPERATIONS } from '../../src/jira/jira-operations';
import { CONFLUENCE_OPERATIONS } from '../../src/confluence/confluence-operations';

jest.setTimeout(120_000);

const readManifest = () => new ConfigFile(new FileSystemReader(), new FileSystemWriter()).readConfig();
const withScopes = (manifest: ManifestSchema, scopes: string[]) => ({ ...manifest, permissions: { ...manifest.permissions, scopes } }) as ManifestSchema;

describe("@forge/lint's client-side linters, offline", () => {
  let report: LintReport;
  beforeAll(async () => {
    report = await runForgeLint();
  });

  it('parses every file of src/ and the generated REST calls', () => {
    expect(report.sourceFiles).toBeGreaterThan(100);
    expect(report.parsedFiles).toBe(report.sourceFiles + 1);
    expect(lintWalkProblems(report)).toEqual([]);
  });

  it('reports no problem in the code (manifest.yml resources are checked once static/ is built)', () => {
    expect(report.problems.filter((p) => p.file !== 'manifest.yml')).toEqual([]);
  });

  it('fails a lint that parsed nothing or fewer files than src/ has', () => {
    expect(lintWalkProblems({ sourceFiles: 0, parsedFiles: 1, problems: [] })).toEqual(['the linters found no files under src/']);
    expect(lintWalkProblems({ sourceFiles: 208, parsedFiles: 1, problems: [] })[0]).toMatch(/parsed 1 files/);
  });
});

describe('the REST calls file the permission linter reads', () => {
  it('holds one route-tagged request per operation in the registries', () => {
    const source = restCallsSource();
    const calls = source.match(/request(Jira|Confluence)\(route`/g) ?? [];
    expect(calls).toHaveLength(Object.keys(JIRA_OPERATIONS).length + Object.keys(CONFLUENCE_OPERATIONS).length);
    expect(source).toContain("requestJira(route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, { method: 'PUT' })");
  });
});

describe('scopes from the API specs', () => {
  it('manifest.yml declares no missing and no surplus scope', async () => {
    const report = await checkScopes();
    expect(report.missing).toEqual([]);
    expect(report.surplus).toEqual([]);
    expect(report.declared).toContain('read:content-details:confluence');
  });

  it('names a missing scope and a surplus one', async () => {
    const manifest = await readManifest();
    const declared = scopeNames(manifest.permissions?.scopes).filter((s) => s !== 'read:jira-work');
    const report = await checkScopes(withScopes(manifest, [...declared, 'write:confluence-props']));
    expect(report.missing).toContain('read:jira-work');
    expect(report.surplus).toEqual(['write:confluence-props']);
  });
});
