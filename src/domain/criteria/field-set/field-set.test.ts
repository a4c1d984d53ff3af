import { englishSay } from '../../words/english';
import { adf, EMPTY_DESCRIPTION, issue, jiraFixture, option, ruleContext, user } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import { fieldSetRule } from './field-set';

const criterion = (field: string): CriterionOf<'field-set'> => ({ id: 'field', kind: 'field-set', field });
const NAMES = { customfield_10016: 'Story point estimate', customfield_10020: 'Risk level', customfield_10045: 'Reviewers', description: 'Description' };

function check(field: string, fields: Record<string, unknown>, names: Record<string, string> | undefined = NAMES) {
  return fieldSetRule.check(criterion(field), ruleContext(issue({ fields, names })));
}

describe('field-set rule', () => {
  describe('on real-shaped values', () => {
    it('passes an ADF description with text and fails one of empty paragraphs', () => {
      expect(check('description', { description: adf.doc(adf.paragraph(adf.text('Why we do this'))) })).toEqual({ passed: true, reason: 'Description is set' });
      expect(check('description', { description: EMPTY_DESCRIPTION })).toEqual({ passed: false, reason: 'Description is empty' });
    });

    it('passes 0 story points and fails null story points', () => {
      expect(check('customfield_10016', { customfield_10016: 0 })).toEqual({ passed: true, reason: 'Story point estimate is set' });
      expect(check('customfield_10016', { customfield_10016: null })).toEqual({ passed: false, reason: 'Story point estimate is empty' });
    });

    it('passes a chosen single-select option and fails an unset one', () => {
      expect(check('customfield_10020', { customfield_10020: option('10040', 'High') }).passed).toBe(true);
      expect(check('customfield_10020', { customfield_10020: null })).toEqual({ passed: false, reason: 'Risk level is empty' });
    });

    it('passes a multi-user picker with people and fails an empty one', () => {
      expect(check('customfield_10045', { customfield_10045: [user('quinn')] }).passed).toBe(true);
      expect(check('customfield_10045', { customfield_10045: [] })).toEqual({ passed: false, reason: 'Reviewers is empty' });
    });

    it('names system fields without the names expansion', () => {
      expect(check('assignee', { assignee: user('dana') }, undefined)).toEqual({ passed: true, reason: 'Assignee is set' });
      expect(check('assignee', { assignee: null }, undefined)).toEqual({ passed: false, reason: 'Assignee is empty' });
      expect(check('fixVersions', { fixVersions: [] }, undefined)).toEqual({ passed: false, reason: 'Fix versions is empty' });
    });

    it('fails text fields holding only whitespace or nothing', () => {
      expect(check('environment', { environment: '   ' }, undefined)).toEqual({ passed: false, reason: 'Environment is empty' });
      expect(check('environment', { environment: '' }, undefined)).toEqual({ passed: false, reason: 'Environment is empty' });
    });
  });

  describe("when the field is not in Jira's answer", () => {
    it('says the field id may be wrong when neither Jira nor the app knows the field', () => {
      expect(check('customfield_99999', {})).toEqual({
        passed: false,
        reason: "customfield_99999 was not in Jira's answer: check the field id in the gate, and that the field is on this work type's screens",
      });
    });

    it('reports a known but absent field as empty', () => {
      expect(check('duedate', {}, undefined)).toEqual({ passed: false, reason: 'Due date is empty' });
      expect(check('customfield_10016', {})).toEqual({ passed: false, reason: 'Story point estimate is empty' });
    });

    it('never reads inherited properties as field values or names', () => {
      expect(check('toString', {}).reason).toBe(
        "toString was not in Jira's answer: check the field id in the gate, and that the field is on this work type's screens",
      );
      expect(check('constructor', {}, undefined).passed).toBe(false);
      expect(fieldSetRule.defaultLabel(criterion('constructor'), ruleContext(issue({ names: NAMES })).issue, englishSay)).toBe('constructor is set');
    });
  });

  it("labels and hints with the field's display name", () => {
    const view = ruleContext(issue({ names: NAMES })).issue;
    expect(fieldSetRule.defaultLabel(criterion('customfield_10016'), view, englishSay)).toBe('Story point estimate is set');
    expect(fieldSetRule.defaultHint(criterion('customfield_10016'), view, englishSay)).toBe('Fill in Story point estimate on the work item.');
    expect(fieldSetRule.defaultLabel(criterion('customfield_12345'), view, englishSay)).toBe('customfield_12345 is set');
  });

  describe('on the fixtures', () => {
    const fields = ['description', 'fixVersions', 'assignee', 'components', 'customfield_10016', 'customfield_10020', 'customfield_10045', 'customfield_10050'];

    it('finds every field set on the ready story', () => {
      const context = ruleContext(jiraFixture('issue-story-ready'));
      expect(fields.filter((f) => !fieldSetRule.check(criterion(f), context).passed)).toEqual([]);
    });

    it('finds every field empty on the failing story, by its Jira name', () => {
      const context = ruleContext(jiraFixture('issue-story-failing'));
      expect(fields.map((f) => fieldSetRule.check(criterion(f), context).reason)).toEqual([
        'Description is empty',
        'Fix versions is empty',
        'Assignee is empty',
        'Components is empty',
        'Story point estimate is empty',
        'Risk level is empty',
        'Reviewers is empty',
        'Release notes is empty',
      ]);
    });

    it('reports custom fields missing from the minimal bug as unknown', () => {
      const context = ruleContext(jiraFixture('issue-bug-minimal'));
      expect(fieldSetRule.check(criterion('customfield_10016'), context).reason).toMatch(/^customfield_10016 was not in Jira's answer/);
      expect(fieldSetRule.check(criterion('description'), context)).toEqual({ passed: false, reason: 'Description is empty' });
    });
  });
});
