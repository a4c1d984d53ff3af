/**
 * Every Jira fixture in test/fixtures/jira must look like a real answer of
 * `GET /rest/api/3/issue/{issueIdOrKey}`. The IssueBean schema leaves `fields` open, so the
 * pieces the gates read are also checked against the spec's own component schemas.
 *
 * Two spec quirks are worked around rather than copied into the fixtures:
 * - `IssueLink` requires both `inwardIssue` and `outwardIssue` (the create-link request shape),
 *   but in an issue's `issuelinks` Jira sends exactly one of them; each side is checked as a
 *   `LinkedIssue` and the link type as an `IssueLinkType`.
 * - `CustomFieldOption` has no `id`, but option values in issue fields carry one.
 */
import { jiraIssueSchema } from '../../src/domain/jira/issue-schema';
import { validateAgainstSchema, validateResponse } from '../support/openapi-contract';
import { jiraFixtureNames, readJsonFixture } from '../support/builders';

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function schemaErrors(schema: string, value: unknown, where: string): string[] {
  const result = validateAgainstSchema('jira', schema, value);
  return result.ok ? [] : result.errors.map((e) => `${where} (${schema}): ${e}`);
}

/** Problems of the parts of `fields` whose shape the spec defines. */
function fieldProblems(fields: Json): string[] {
  const problems: string[] = [];
  const check = (schema: string, value: unknown, where: string) => problems.push(...schemaErrors(schema, value, where));
  const optional = (schema: string, name: string) => {
    if (fields[name] !== undefined && fields[name] !== null) check(schema, fields[name], `fields.${name}`);
  };
  optional('IssueTypeDetails', 'issuetype');
  optional('StatusDetails', 'status');
  optional('Priority', 'priority');
  optional('ProjectDetails', 'project');
  for (const name of ['assignee', 'reporter', 'creator']) optional('UserDetails', name);
  asList(fields.fixVersions).forEach((v, i) => check('Version', v, `fields.fixVersions[${i}]`));
  asList(fields.components).forEach((c, i) => check('ProjectComponent', c, `fields.components[${i}]`));
  asList(fields.subtasks).forEach((s, i) => check('LinkedIssue', s, `fields.subtasks[${i}]`));
  asList(fields.issuelinks).forEach((raw, i) => {
    const link = asRecord(raw);
    const where = `fields.issuelinks[${i}]`;
    const extra = Object.keys(link).filter((k) => !['id', 'self', 'type', 'inwardIssue', 'outwardIssue'].includes(k));
    if (extra.length) problems.push(`${where}: unexpected properties ${extra.join(', ')}`);
    if ((link.inwardIssue === undefined) === (link.outwardIssue === undefined)) problems.push(`${where}: needs exactly one of inwardIssue, outwardIssue`);
    check('IssueLinkType', link.type, `${where}.type`);
    for (const side of ['inwardIssue', 'outwardIssue']) if (link[side] !== undefined) check('LinkedIssue', link[side], `${where}.${side}`);
  });
  for (const [name, value] of Object.entries(fields)) {
    if (!name.startsWith('customfield_')) continue;
    for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const entry = asRecord(item);
      if ('accountId' in entry) check('UserDetails', entry, `fields.${name}[${i}]`);
      else if ('value' in entry && 'self' in entry) {
        check('CustomFieldOption', { self: entry.self, value: entry.value }, `fields.${name}`);
        if (typeof entry.id !== 'string') problems.push(`fields.${name}: option id must be a string`);
      }
    }
  }
  return problems;
}

describe('Jira fixtures conform to GET /rest/api/3/issue/{issueIdOrKey}', () => {
  const names = jiraFixtureNames();

  it('finds the fixtures', () => {
    expect(names).toEqual(expect.arrayContaining(['issue-bug-minimal.json', 'issue-story-failing.json', 'issue-story-ready.json']));
  });

  describe.each(names)('%s', (name) => {
    const body = readJsonFixture(`jira/${name}`);
    const bean = asRecord(body);

    it('is a 200 answer of the operation', () => {
      expect(validateResponse('jira', 'GET', '/rest/api/3/issue/{issueIdOrKey}', 200, body)).toEqual({ ok: true });
    });

    it('has the envelope Jira always sends', () => {
      expect(bean).toEqual(
        expect.objectContaining({ expand: expect.any(String), id: expect.stringMatching(/^\d+$/), self: expect.stringMatching(/^https:\/\//), key: expect.stringMatching(/^[A-Z][A-Z0-9]+-\d+$/) }),
      );
      expect(bean.self).toBe(`https://shipshape-test.atlassian.net/rest/api/3/issue/${String(bean.id)}`);
    });

    it('has fields whose shapes match the spec\'s component schemas', () => {
      expect(fieldProblems(asRecord(bean.fields))).toEqual([]);
    });

    it('is read by the engine\'s issue schema', () => {
      expect(jiraIssueSchema.safeParse(body).success).toBe(true);
    });
  });

  it('would catch a fixture with a numeric id or a made-up top-level property', () => {
    const broken = { ...asRecord(readJsonFixture('jira/issue-bug-minimal.json')), id: 10150, colour: 'red' };
    const result = validateResponse('jira', 'GET', '/rest/api/3/issue/{issueIdOrKey}', 200, broken);
    expect(result.ok).toBe(false);
  });

  it('would catch a link that carries both sides or a status category with a string id', () => {
    const fields = asRecord(asRecord(readJsonFixture('jira/issue-story-failing.json')).fields);
    const [first] = asList(fields.issuelinks).map(asRecord);
    const subtask = asRecord(asList(fields.subtasks)[0]);
    const badSubtask = { ...subtask, fields: { ...asRecord(subtask.fields), status: { ...asRecord(asRecord(subtask.fields).status), statusCategory: { id: '2', key: 'new' } } } };
    const problems = fieldProblems({ issuelinks: [{ ...first, outwardIssue: first?.inwardIssue }], subtasks: [badSubtask] });
    expect(problems).toEqual([
      expect.stringMatching(/^fields\.subtasks\[0\] \(LinkedIssue\): .*statusCategory\/id must be integer/),
      'fields.issuelinks[0]: needs exactly one of inwardIssue, outwardIssue',
    ]);
  });
});
