/**
 * Every Jira fixture in test/fixtures/jira must look like a real answer of
 * `GET /rest/api/3/issue/{issueIdOrKey}`. The IssueBean schema leaves `fields` open, so the
 * pieces the gates read are also checked against the spec's own component schemas
 * (test/support/jira-shape-checks.ts, which also explains the spec quirks worked around there:
 * an issue link carries exactly one side; option values carry an `id`).
 */
import { jiraIssueSchema } from '../../src/domain/jira/issue-schema';
import { validateResponse } from '../support/openapi-contract';
import { jiraFixtureNames, readJsonFixture } from '../support/builders';
import { asList, asRecord, issueFieldProblems } from '../support/jira-shape-checks';

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
        expect.objectContaining({
          expand: expect.any(String),
          id: expect.stringMatching(/^\d+$/),
          self: expect.stringMatching(/^https:\/\//),
          key: expect.stringMatching(/^[A-Z][A-Z0-9]+-\d+$/),
        }),
      );
      expect(bean.self).toBe(`https://shipshape-test.atlassian.net/rest/api/3/issue/${String(bean.id)}`);
    });

    it("has fields whose shapes match the spec's component schemas", () => {
      expect(issueFieldProblems(asRecord(bean.fields))).toEqual([]);
    });

    it("is read by the engine's issue schema", () => {
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
    const badSubtask = {
      ...subtask,
      fields: { ...asRecord(subtask.fields), status: { ...asRecord(asRecord(subtask.fields).status), statusCategory: { id: '2', key: 'new' } } },
    };
    const problems = issueFieldProblems({ issuelinks: [{ ...first, outwardIssue: first?.inwardIssue }], subtasks: [badSubtask] });
    expect(problems).toEqual([
      expect.stringMatching(/^fields\.subtasks\[0\] \(LinkedIssue\): .*statusCategory\/id must be integer/),
      'fields.issuelinks[0]: needs exactly one of inwardIssue, outwardIssue (has 2)',
    ]);
  });

  it('would catch a link with a made-up property, an option with a numeric id, a user with a made-up property and a broken ADF field', () => {
    const fields = asRecord(asRecord(readJsonFixture('jira/issue-story-ready.json')).fields);
    const [link] = asList(asRecord(asRecord(readJsonFixture('jira/issue-story-failing.json')).fields).issuelinks).map(asRecord);
    const [reviewer] = asList(fields.customfield_10045).map(asRecord);
    const problems = issueFieldProblems({
      issuelinks: [{ ...link, colour: 'red' }],
      customfield_10020: { ...asRecord(fields.customfield_10020), id: 10040 },
      customfield_10045: [{ ...reviewer, colour: 'red' }],
      customfield_10050: { ...asRecord(fields.customfield_10050), version: 2 },
    });
    expect(problems).toEqual([
      'fields.issuelinks[0]: unexpected properties colour',
      'fields.customfield_10020: option id must be a string',
      expect.stringMatching(/^fields\.customfield_10045\[0\] \(UserDetails\): .*additional properties/),
      'fields.customfield_10050: not an ADF document',
    ]);
    expect(issueFieldProblems({ customfield_10020: asRecord(fields.customfield_10020) }, { adfFields: ['customfield_10020'] })).toEqual([
      'fields.customfield_10020: not an ADF document',
    ]);
    expect(issueFieldProblems({ customfield_10016: '5' }, { numberFields: ['customfield_10016'] })).toEqual(['fields.customfield_10016: must be a number']);
  });
});
