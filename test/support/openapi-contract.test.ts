import { checkCall, findOperation, loadSpec, type OpenApiSpec } from './openapi-contract';

const ISSUE = '/rest/api/3/issue/{issueIdOrKey}';

function problemsOf(result: ReturnType<typeof checkCall>): string[] {
  return result.ok ? [] : result.problems;
}

describe('loadSpec', () => {
  it('parses each spec once per process', () => {
    expect(loadSpec('jira')).toBe(loadSpec('jira'));
    expect(loadSpec('jira').openapi).toMatch(/^3\.0\./);
    expect(loadSpec('confluence').servers?.[0]?.url).toBe('https://{your-domain}/wiki/api/v2');
  });
});

describe('findOperation', () => {
  const jira = loadSpec('jira');

  it('finds GET issue by template and by concrete path', () => {
    expect(findOperation(jira, 'GET', ISSUE)?.operation.operationId).toBe('getIssue');
    expect(findOperation(jira, 'get', '/rest/api/3/issue/ABC-123')).toMatchObject({ template: ISSUE, operation: { operationId: 'getIssue' } });
  });

  it('prefers the template with the most literal segments', () => {
    expect(findOperation(jira, 'GET', '/rest/api/3/issue/createmeta')?.template).toBe('/rest/api/3/issue/createmeta');
  });

  it('ranks by specificity, not by the order of the spec', () => {
    const operation = { responses: {} };
    const spec: OpenApiSpec = {
      openapi: '3.0.3',
      paths: { '/items/{id}': { get: operation }, '/items/search': { get: operation }, '/a/{x}/b': { get: operation }, '/a/b/{y}': { get: operation } },
    };
    expect(findOperation(spec, 'GET', '/items/search')?.template).toBe('/items/search');
    expect(findOperation(spec, 'GET', '/items/42')?.template).toBe('/items/{id}');
    expect(findOperation(spec, 'GET', '/a/b/b')?.template).toBe('/a/b/{y}');
  });

  it('follows a route the spec splits over differently named parameters', () => {
    expect(findOperation(jira, 'PUT', '/rest/api/3/field/customfield_10001')?.template).toBe('/rest/api/3/field/{fieldId}');
    expect(findOperation(jira, 'DELETE', '/rest/api/3/field/customfield_10001')?.template).toBe('/rest/api/3/field/{id}');
  });

  it('returns undefined for unknown paths, misspelled templates and non-methods', () => {
    expect(findOperation(jira, 'GET', '/rest/api/3/shipshape/gates')).toBeUndefined();
    expect(findOperation(jira, 'GET', '/rest/api/3/issue/{key}')).toBeUndefined();
    expect(findOperation(jira, 'GET', '/rest/api/3/issue/ABC-1/extra/segments/here')).toBeUndefined();
    expect(findOperation(jira, 'parameters', ISSUE)).toBeUndefined();
  });

  it('accepts Confluence paths with or without the /wiki/api/v2 server prefix', () => {
    const confluence = loadSpec('confluence');
    expect(findOperation(confluence, 'GET', '/pages/98765')?.template).toBe('/pages/{id}');
    expect(findOperation(confluence, 'GET', '/wiki/api/v2/pages/98765?body-format=storage')?.template).toBe('/pages/{id}');
    expect(findOperation(confluence, 'GET', 'https://example.atlassian.net/wiki/api/v2/pages/{id}?get-draft=true')?.template).toBe('/pages/{id}');
  });
});

describe('checkCall', () => {
  it('returns the template and exactly the Current scopes', () => {
    expect(checkCall('jira', { method: 'GET', path: '/rest/api/3/issue/ABC-123' })).toEqual({
      ok: true,
      template: ISSUE,
      scopes: ['read:jira-work'],
      scopeSource: 'current',
    });
  });

  it('accepts declared query parameters, including repeated ones', () => {
    const query = { fields: ['summary', 'status'], expand: 'names,changelog', properties: '*all' };
    expect(checkCall('jira', { method: 'GET', path: ISSUE, query }).ok).toBe(true);
  });

  it('reports an undeclared query parameter with the declared ones', () => {
    const [problem, ...rest] = problemsOf(checkCall('jira', { method: 'GET', path: '/rest/api/3/issue/ABC-1', query: { fieldz: 'summary' } }));
    expect(rest).toEqual([]);
    expect(problem).toContain("query parameter 'fieldz' is not declared by GET /rest/api/3/issue/{issueIdOrKey}");
    expect(problem).toContain('declared: fields, fieldsByKeys, expand, properties');
  });

  it('reads query parameters written into the path', () => {
    expect(problemsOf(checkCall('jira', { method: 'GET', path: '/rest/api/3/issue/ABC-1?fieldz=summary' }))).toHaveLength(1);
  });

  it('reports a missing required query parameter', () => {
    expect(problemsOf(checkCall('jira', { method: 'GET', path: '/rest/api/3/user/groups' }))).toEqual([
      "required query parameter 'accountId' is missing for GET /rest/api/3/user/groups",
    ]);
    expect(checkCall('jira', { method: 'GET', path: '/rest/api/3/user/groups', query: { accountId: 'abc' } }).ok).toBe(true);
  });

  it('rejects a method the path does not define, and a made-up path', () => {
    expect(problemsOf(checkCall('jira', { method: 'POST', path: '/rest/api/3/issue/createmeta' }))).toEqual([
      'POST is not defined for /rest/api/3/issue/createmeta (defined: GET)',
    ]);
    expect(problemsOf(checkCall('jira', { method: 'GET', path: '/rest/api/3/shipshape/gates' }))).toEqual([
      'no path in the jira spec matches /rest/api/3/shipshape/gates',
    ]);
  });

  it('falls back to security scopes, then Beta scopes, when no Current entry exists', () => {
    expect(checkCall('jira', { method: 'GET', path: '/rest/api/3/announcementBanner' })).toMatchObject({
      scopes: ['manage:jira-configuration'],
      scopeSource: 'security',
    });
    expect(checkCall('jira', { method: 'POST', path: '/rest/api/3/redact' })).toMatchObject({
      scopes: ['redact:issue:jira'],
      scopeSource: 'beta',
    });
  });

  it('finds Confluence v2 operations with their scopes', () => {
    expect(checkCall('confluence', { method: 'GET', path: '/wiki/api/v2/pages/98765', query: { 'body-format': 'storage' } })).toEqual({
      ok: true,
      template: '/pages/{id}',
      scopes: ['read:page:confluence'],
      scopeSource: 'current',
    });
    expect(checkCall('confluence', { method: 'PUT', path: '/pages/98765' })).toMatchObject({ scopes: ['write:page:confluence'] });
  });
});
