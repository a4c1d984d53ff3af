import { performance } from 'node:perf_hooks';
import { validateAgainstSchema, validateResponse, type ValidationResult } from './openapi-contract';
import { confluencePage, issueLink, jiraIssue } from './openapi-fixtures';

const ISSUE = '/rest/api/3/issue/{issueIdOrKey}';

function errorsOf(result: ValidationResult): string[] {
  return result.ok ? [] : result.errors;
}

describe('validateAgainstSchema', () => {
  it('accepts a realistic IssueBean, by name or by $ref', () => {
    expect(validateAgainstSchema('jira', 'IssueBean', jiraIssue())).toEqual({ ok: true });
    expect(validateAgainstSchema('jira', '#/components/schemas/IssueBean', jiraIssue())).toEqual({ ok: true });
    expect(validateAgainstSchema('jira', 'IssueLink', issueLink())).toEqual({ ok: true });
  });

  it('names the location of each mismatch', () => {
    const wrong = { ...jiraIssue(), id: 123, names: 'x', self: 'not a uri', bogus: true };
    expect(errorsOf(validateAgainstSchema('jira', 'IssueBean', wrong))).toEqual(
      expect.arrayContaining([
        '/id must be string',
        '/names must be object',
        '/self must match format "uri"',
        "(root) must NOT have additional properties: 'bogus'",
      ]),
    );
    const { type: _dropped, ...linkWithoutType } = issueLink();
    expect(errorsOf(validateAgainstSchema('jira', 'IssueLink', linkWithoutType))).toEqual(["(root) must have required property 'type'"]);
  });

  it('checks nested $ref schemas deeply', () => {
    const issue = jiraIssue();
    const history = { ...issue.changelog.histories[0], items: [{ field: 'status', from: 10000 }] };
    const wrong = { ...issue, changelog: { ...issue.changelog, histories: [history] } };
    expect(errorsOf(validateAgainstSchema('jira', 'IssueBean', wrong))).toEqual(['/changelog/histories/0/items/0/from must be string']);
  });

  it('does not mistake inherited Object.prototype members for declared properties', () => {
    // ChangeDetails declares `toString`; an item without it must not be checked against Object.prototype.toString.
    expect(validateAgainstSchema('jira', 'ChangeDetails', { field: 'status', from: '10000' })).toEqual({ ok: true });
  });

  it('lets nullable properties (and nullable enums) be null, but nothing else', () => {
    expect(validateAgainstSchema('confluence', 'PageSingle', { ...confluencePage(), ownerId: null })).toEqual({ ok: true });
    expect(errorsOf(validateAgainstSchema('confluence', 'PageSingle', { ...confluencePage(), title: null }))).toEqual(['/title must be string']);
    expect(validateAgainstSchema('jira', 'MandatoryFieldValue', { type: null, value: ['10000'] })).toEqual({ ok: true });
    expect(errorsOf(validateAgainstSchema('jira', 'MandatoryFieldValue', { type: 'wiki', value: ['10000'] }))).toEqual([
      '/type must be equal to one of the allowed values: ["adf","raw",null]',
    ]);
  });

  it('accepts a variant of a polymorphic schema that pairs additionalProperties:false with oneOf', () => {
    expect(validateAgainstSchema('jira', 'CustomContextVariable', { type: 'user', accountId: 'abc' })).toEqual({ ok: true });
  });

  it('reports an unknown schema name', () => {
    expect(errorsOf(validateAgainstSchema('jira', 'IssueBeen', {}))).toEqual(['no schema IssueBeen in components.schemas of the jira spec']);
  });

  it('validates a 1,000-sub-task issue with 1,000 changelog entries well under a second', () => {
    const huge = jiraIssue({ subtasks: 1000, histories: 1000 });
    validateAgainstSchema('jira', 'IssueBean', jiraIssue()); // compile once (~150 ms cold, incl. spec conversion)
    const started = performance.now();
    expect(validateAgainstSchema('jira', 'IssueBean', huge)).toEqual({ ok: true });
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('validateResponse', () => {
  it('validates the 200 body of GET issue by template or concrete path', () => {
    expect(validateResponse('jira', 'GET', ISSUE, 200, jiraIssue())).toEqual({ ok: true });
    expect(errorsOf(validateResponse('jira', 'get', '/rest/api/3/issue/ABC-123', '200', { ...jiraIssue(), key: 7 }))).toEqual(['/key must be string']);
  });

  it('validates a Confluence page, including nullable fields', () => {
    expect(validateResponse('confluence', 'GET', '/pages/{id}', 200, confluencePage())).toEqual({ ok: true });
    const wrong = { ...confluencePage(), status: 'published', version: { number: 'three' } };
    expect(errorsOf(validateResponse('confluence', 'GET', '/pages/{id}', 200, wrong))).toEqual(
      expect.arrayContaining([
        '/status must be equal to one of the allowed values: ["current","draft","archived","historical","trashed","deleted","any"]',
        '/version/number must be integer',
      ]),
    );
  });

  it('ignores siblings of $ref, as OpenAPI 3.0 does (Confluence: `{ type: object, $ref: <string enum> }`)', () => {
    const level = { id: 'c1', status: 'PUBLISHED', order: 1, name: 'Internal', guideline: 'Staff only', color: 'BLUE' };
    const path = '/wiki/api/v2/pages/98765/classification-level';
    expect(validateResponse('confluence', 'GET', path, 200, level)).toEqual({ ok: true });
    expect(errorsOf(validateResponse('confluence', 'GET', path, 200, { ...level, status: 'LIVE' }))).toEqual([
      '/status must be equal to one of the allowed values: ["DRAFT","PUBLISHED","ARCHIVED"]',
    ]);
  });

  it('rejects undeclared statuses and operations; accepts any body where no JSON schema is declared', () => {
    expect(errorsOf(validateResponse('jira', 'GET', ISSUE, 418, {}))).toEqual([
      'GET /rest/api/3/issue/{issueIdOrKey} declares no 418 response (declared: 200, 401, 404)',
    ]);
    expect(errorsOf(validateResponse('jira', 'POST', ISSUE, 200, {}))).toEqual(['POST /rest/api/3/issue/{issueIdOrKey} is not an operation of the jira spec']);
    expect(validateResponse('confluence', 'GET', '/pages/{id}', 404, { message: 'not found' })).toEqual({ ok: true });
  });
});
