import { englishSay } from '../../words/english';
import { inwardLink, issue, jiraFixture, outwardLink, ruleContext } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import { linksResolvedRule } from './links-resolved';

type Links = CriterionOf<'links-resolved'>;
const criterion = (linkType: string, direction?: Links['direction']): Links => ({
  id: 'blockers',
  kind: 'links-resolved',
  linkType,
  ...(direction ? { direction } : {}),
});
const check = (c: Links, issuelinks: unknown) => linksResolvedRule.check(c, ruleContext(issue({ fields: issuelinks === undefined ? {} : { issuelinks } })));

const LINKS = [
  inwardLink('Blocks', 'ABC-99', 'In Progress'), // ABC-99 blocks this item
  inwardLink('Blocks', 'ABC-98', 'Done'),
  outwardLink('Blocks', 'ABC-131', 'To Do'), // this item blocks ABC-131
  inwardLink('Relates', 'ABC-77', 'To Do'),
  outwardLink('Duplicate', 'ABC-60', 'To Do'),
];

describe('links-resolved rule', () => {
  describe('direction', () => {
    it('checks inward links by default: the items that block this one', () => {
      expect(check(criterion('Blocks'), LINKS)).toEqual({ passed: false, reason: '1 work item linked as "is blocked by" not done: ABC-99 (In Progress)' });
    });

    it('checks outward links when asked: the items this one blocks', () => {
      expect(check(criterion('Blocks', 'outward'), LINKS)).toEqual({ passed: false, reason: '1 work item linked as "blocks" not done: ABC-131 (To Do)' });
    });

    it('checks both directions when asked', () => {
      expect(check(criterion('Blocks', 'both'), LINKS)).toEqual({
        passed: false,
        reason: '2 work items linked by "Blocks" not done: ABC-99 (In Progress), ABC-131 (To Do)',
      });
    });

    it('ignores open items on the other side', () => {
      const links = [inwardLink('Blocks', 'ABC-98', 'Done'), outwardLink('Blocks', 'ABC-131', 'To Do')];
      expect(check(criterion('Blocks'), links)).toEqual({ passed: true, reason: 'All 1 linked work item done' });
      expect(check(criterion('Blocks', 'inward'), [outwardLink('Blocks', 'ABC-131', 'To Do')])).toEqual({
        passed: true,
        reason: 'No work items linked as "is blocked by"',
      });
    });
  });

  describe('link type', () => {
    it('matches the name case-insensitively and ignoring surrounding spaces', () => {
      expect(check(criterion('blocks'), LINKS).reason).toBe('1 work item linked as "is blocked by" not done: ABC-99 (In Progress)');
      expect(check(criterion(' BLOCKS '), LINKS).passed).toBe(false);
    });

    it('matches the link type id', () => {
      expect(check(criterion('10000'), LINKS).reason).toBe('1 work item linked as "is blocked by" not done: ABC-99 (In Progress)');
      expect(check(criterion('10003'), LINKS).reason).toBe('1 work item linked as "relates to" not done: ABC-77 (To Do)');
    });

    it('ignores other link types', () => {
      const onlyOthers = [inwardLink('Relates', 'ABC-77', 'To Do'), inwardLink('Duplicate', 'ABC-61', 'In Progress')];
      expect(check(criterion('Blocks'), onlyOthers)).toEqual({ passed: true, reason: 'No work items linked by "Blocks"' });
    });

    it('does not match a name by prefix', () => {
      expect(check(criterion('Block'), LINKS)).toEqual({ passed: true, reason: 'No work items linked by "Block"' });
    });
  });

  it('passes when every linked item is in the done category', () => {
    const links = [inwardLink('Blocks', 'ABC-98', 'Done'), inwardLink('Blocks', 'ABC-97', "Won't Do")];
    expect(check(criterion('Blocks'), links)).toEqual({ passed: true, reason: 'All 2 linked work items done' });
  });

  it('passes an item without links', () => {
    expect(check(criterion('Blocks'), [])).toEqual({ passed: true, reason: 'No work items linked by "Blocks"' });
    expect(check(criterion('Blocks'), undefined)).toEqual({ passed: true, reason: 'No work items linked by "Blocks"' });
  });

  it('lists five open items and counts the rest', () => {
    const links = [101, 102, 103, 104, 105, 106].map((n) => inwardLink('Blocks', `ABC-${n}`, 'To Do'));
    expect(check(criterion('Blocks'), links).reason).toBe(
      '6 work items linked as "is blocked by" not done: ABC-101 (To Do), ABC-102 (To Do), ABC-103 (To Do), ABC-104 (To Do), ABC-105 (To Do) and 1 more',
    );
  });

  it('fails with a clear reason when links come in another shape', () => {
    const reason = "Jira's answer has issue links in an unexpected shape";
    expect(check(criterion('Blocks'), [{ id: '1', inwardIssue: { key: 'ABC-1' } }])).toEqual({ passed: false, reason });
    expect(check(criterion('Blocks'), 'ABC-1 blocks')).toEqual({ passed: false, reason });
  });

  it('reads the fixtures', () => {
    expect(linksResolvedRule.check(criterion('Blocks'), ruleContext(jiraFixture('issue-story-ready')))).toEqual({
      passed: true,
      reason: 'All 1 linked work item done',
    });
    expect(linksResolvedRule.check(criterion('Blocks'), ruleContext(jiraFixture('issue-story-failing')))).toEqual({
      passed: false,
      reason: '1 work item linked as "is blocked by" not done: ABC-99 (In Progress)',
    });
    expect(linksResolvedRule.check(criterion('Blocks', 'both'), ruleContext(jiraFixture('issue-story-ready')))).toEqual({
      passed: true,
      reason: 'All 2 linked work items done',
    });
    expect(linksResolvedRule.check(criterion('Blocks', 'both'), ruleContext(jiraFixture('issue-story-failing'))).reason).toBe(
      '2 work items linked by "Blocks" not done: ABC-99 (In Progress), ABC-152 (To Do)',
    );
    expect(linksResolvedRule.check(criterion('Relates'), ruleContext(jiraFixture('issue-story-failing'))).reason).toBe(
      '1 work item linked as "relates to" not done: ABC-77 (To Do)',
    );
  });

  it('has a default label and hint naming the link type', () => {
    const view = ruleContext(issue()).issue;
    expect(linksResolvedRule.defaultLabel(criterion('Blocks'), view, englishSay)).toBe('Work items linked by "Blocks" are done');
    expect(linksResolvedRule.defaultHint(criterion('Blocks'), view, englishSay)).toBe(
      'Resolve the work items linked by "Blocks" or remove links that no longer apply.',
    );
  });
});
