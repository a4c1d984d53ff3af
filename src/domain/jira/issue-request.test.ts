import { gate } from '../../../test/support/builders';
import type { Criterion } from '../gates/criterion-schema';
import { issueRequestFor } from './issue-request';

const one = (criterion: Criterion) => issueRequestFor([gate([criterion])]);

describe('issueRequestFor', () => {
  it('always asks for the work type, which decides whether a gate applies', () => {
    expect(one({ id: 'm', kind: 'manual' })).toEqual({ fields: ['issuetype'], properties: [], expand: [] });
  });

  it.each<[Criterion, string[]]>([
    [{ id: 'l', kind: 'labels', forbid: ['wip'] }, ['issuetype', 'labels']],
    [{ id: 's', kind: 'subtasks-done' }, ['issuetype', 'subtasks']],
    [{ id: 'b', kind: 'links-resolved', linkType: 'Blocks', direction: 'both' }, ['issuetype', 'issuelinks']],
    [{ id: 'm', kind: 'manual' }, ['issuetype']],
    [{ id: 'a', kind: 'approval', approvers: { groups: ['qa'] } }, ['issuetype']],
    [{ id: 'h', kind: 'handoff-complete' }, ['issuetype']],
    [{ id: 'v', kind: 'behaviours-verified' }, ['issuetype']],
  ])('asks %j for fields %j and no names', (criterion, fields) => {
    expect(one(criterion)).toEqual({ fields, properties: [], expand: [] });
  });

  it('asks for the field of a field-set criterion, with the names expansion for its display name', () => {
    expect(one({ id: 'sp', kind: 'field-set', field: 'customfield_10016' })).toEqual({
      fields: ['issuetype', 'customfield_10016'],
      properties: [],
      expand: ['names'],
    });
  });

  it('asks once for each field across criteria and gates', () => {
    const request = issueRequestFor([
      gate([
        { id: 'desc', kind: 'field-set', field: 'description' },
        { id: 'wip', kind: 'labels', forbid: ['wip'] },
        { id: 'qa', kind: 'labels', require: ['qa-ready'] },
        { id: 'subtasks', kind: 'subtasks-done' },
      ]),
      gate(
        [
          { id: 'desc', kind: 'field-set', field: 'description' },
          { id: 'fix', kind: 'field-set', field: 'fixVersions' },
          { id: 'subtasks', kind: 'subtasks-done' },
          { id: 'blockers', kind: 'links-resolved', linkType: 'Blocks' },
          { id: 'type', kind: 'field-set', field: 'issuetype' },
        ],
        { id: 'done', name: 'Done' },
      ),
    ]);
    expect(request).toEqual({
      fields: ['issuetype', 'description', 'labels', 'subtasks', 'fixVersions', 'issuelinks'],
      properties: [],
      expand: ['names'],
    });
  });

  it('asks only for the work type when there are no gates', () => {
    expect(issueRequestFor([])).toEqual({ fields: ['issuetype'], properties: [], expand: [] });
  });
});
