import { englishSay } from '../../words/english';
import { issue, jiraFixture, ruleContext } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import { labelsRule } from './labels';

type Labels = CriterionOf<'labels'>;
const criterion = (lists: Pick<Labels, 'require' | 'forbid'>): Labels => ({ id: 'labels', kind: 'labels', ...lists });
const check = (lists: Pick<Labels, 'require' | 'forbid'>, labels: unknown) =>
  labelsRule.check(criterion(lists), ruleContext(issue({ fields: labels === undefined ? {} : { labels } })));

describe('labels rule', () => {
  describe('require', () => {
    it('passes when every required label is present', () => {
      expect(check({ require: ['qa-ready', 'payments'] }, ['payments', 'qa-ready', 'web'])).toEqual({ passed: true, reason: 'Labels are as required' });
    });

    it('names the one missing label', () => {
      expect(check({ require: ['qa-ready', 'payments'] }, ['payments'])).toEqual({ passed: false, reason: 'Missing label "qa-ready"' });
    });

    it('names every missing label', () => {
      expect(check({ require: ['qa-ready', 'payments'] }, [])).toEqual({ passed: false, reason: 'Missing labels "qa-ready", "payments"' });
    });

    it('treats absent and null labels as no labels', () => {
      expect(check({ require: ['qa-ready'] }, undefined).reason).toBe('Missing label "qa-ready"');
      expect(check({ require: ['qa-ready'] }, null).reason).toBe('Missing label "qa-ready"');
    });

    it('compares labels exactly, as Jira stores them', () => {
      expect(check({ require: ['qa-ready'] }, ['QA-Ready']).reason).toBe('Missing label "qa-ready"');
    });
  });

  describe('forbid', () => {
    it('passes when no forbidden label is present', () => {
      expect(check({ forbid: ['wip', 'do-not-ship'] }, ['checkout']).passed).toBe(true);
      expect(check({ forbid: ['wip'] }, undefined).passed).toBe(true);
    });

    it('names the forbidden labels found', () => {
      expect(check({ forbid: ['wip'] }, ['basket', 'wip'])).toEqual({ passed: false, reason: 'Has label "wip" that must be removed' });
      expect(check({ forbid: ['wip', 'do-not-ship'] }, ['do-not-ship', 'wip'])).toEqual({
        passed: false,
        reason: 'Has labels "wip", "do-not-ship" that must be removed',
      });
    });
  });

  describe('require and forbid together', () => {
    const lists = { require: ['qa-ready'], forbid: ['wip'] };

    it('passes when both hold', () => {
      expect(check(lists, ['qa-ready']).passed).toBe(true);
    });

    it('lists both problems in one reason', () => {
      expect(check(lists, ['wip'])).toEqual({ passed: false, reason: 'Missing label "qa-ready"; has label "wip" that must be removed' });
    });

    it('reports only the problem that exists', () => {
      expect(check(lists, ['qa-ready', 'wip']).reason).toBe('Has label "wip" that must be removed');
      expect(check(lists, []).reason).toBe('Missing label "qa-ready"');
    });
  });

  it('fails with a clear reason when Jira sends labels in another shape', () => {
    expect(check({ forbid: ['wip'] }, 'wip')).toEqual({ passed: false, reason: "Jira's answer has labels in an unexpected shape" });
    expect(check({ forbid: ['wip'] }, [{ name: 'wip' }])).toEqual({ passed: false, reason: "Jira's answer has labels in an unexpected shape" });
  });

  it('describes the rule in its default label and hint', () => {
    const view = ruleContext(issue()).issue;
    expect(labelsRule.defaultLabel(criterion({ require: ['qa-ready'], forbid: ['wip', 'spike'] }), view, englishSay)).toBe(
      'Labels include "qa-ready" and exclude "wip", "spike"',
    );
    expect(labelsRule.defaultLabel(criterion({ forbid: ['wip'] }), view, englishSay)).toBe('Labels exclude "wip"');
    expect(labelsRule.defaultHint(criterion({ forbid: ['wip'] }), view, englishSay)).toBe('Edit the Labels field on the work item.');
  });

  it('reads the fixtures', () => {
    const noWip = criterion({ forbid: ['wip'] });
    expect(labelsRule.check(noWip, ruleContext(jiraFixture('issue-story-ready'))).passed).toBe(true);
    expect(labelsRule.check(noWip, ruleContext(jiraFixture('issue-story-failing'))).reason).toBe('Has label "wip" that must be removed');
    expect(labelsRule.check(criterion({ require: ['regression'] }), ruleContext(jiraFixture('issue-bug-minimal'))).reason).toBe('Missing label "regression"');
  });
});
