import type { Gate } from '../src/domain/gates/gate-schema';
import type { ItemRecords } from '../src/domain/records/records-schema';

/** A work item as Jira returns it, with many sub-tasks and links (the benchmark's worst case). */
export function bigIssue(subtasks: number, links: number) {
  const status = (done: boolean) => ({
    self: 'https://example.atlassian.net/rest/api/3/status/3',
    name: done ? 'Done' : 'In Progress',
    id: done ? '10002' : '3',
    statusCategory: {
      self: 'https://example.atlassian.net/rest/api/3/statuscategory/3',
      id: done ? 3 : 4,
      key: done ? 'done' : 'indeterminate',
      colorName: 'green',
      name: 'Done',
    },
  });
  const linked = (n: number) => ({
    id: String(20000 + n),
    key: `ABC-${2000 + n}`,
    self: `https://example.atlassian.net/rest/api/3/issue/${20000 + n}`,
    fields: {
      summary: `Linked work item ${n}`,
      status: status(n % 50 !== 0),
      priority: { name: 'Medium', id: '3' },
      issuetype: { name: 'Story', id: '10001' },
    },
  });
  return {
    expand: 'renderedFields,names,schema',
    id: '10001',
    key: 'ABC-1',
    self: 'https://example.atlassian.net/rest/api/3/issue/10001',
    names: { customfield_10016: 'Story points', fixVersions: 'Fix versions' },
    fields: {
      issuetype: { id: '10001', name: 'Story', subtask: false },
      summary: 'Checkout supports saved cards',
      description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Users can pay with a saved card.' }] }] },
      fixVersions: [{ id: '10100', name: '2026.11', released: false }],
      customfield_10016: 5,
      labels: ['checkout', 'copy-reviewed'],
      subtasks: Array.from({ length: subtasks }, (_, n) => linked(n)),
      issuelinks: Array.from({ length: links }, (_, n) => ({
        id: String(30000 + n),
        type: { id: '10000', name: n % 2 ? 'Blocks' : 'Relates', inward: n % 2 ? 'is blocked by' : 'relates to', outward: n % 2 ? 'blocks' : 'relates to' },
        ...(n % 3 ? { inwardIssue: linked(5000 + n) } : { outwardIssue: linked(5000 + n) }),
      })),
    },
  };
}

const KINDS: Array<(n: number) => Gate['criteria'][number]> = [
  (n) => ({ id: `c${n}`, kind: 'field-set', field: n % 2 ? 'fixVersions' : 'description' }),
  (n) => ({ id: `c${n}`, kind: 'subtasks-done' }),
  (n) => ({ id: `c${n}`, kind: 'links-resolved', linkType: 'Blocks', direction: n % 3 ? 'inward' : 'both' }),
  (n) => ({ id: `c${n}`, kind: 'labels', require: ['copy-reviewed'], forbid: ['wip'] }),
  (n) => ({ id: `c${n}`, kind: 'manual', label: `Manual check ${n}` }),
  (n) => ({ id: `c${n}`, kind: 'approval', approvers: { groups: ['release-managers'] }, count: 2 }),
  (n) => ({ id: `c${n}`, kind: 'handoff-complete' }),
  (n) => ({ id: `c${n}`, kind: 'behaviours-verified', waivableBy: { groups: ['qa-leads'] } }),
  (n) => ({ id: `c${n}`, kind: 'decisions-settled', allowDeferred: n % 2 === 0 }),
];

export function bigGate(criteria: number): Gate {
  return { id: 'bench', name: 'Benchmark gate', criteria: Array.from({ length: criteria }, (_, n) => KINDS[n % KINDS.length]!(n)) };
}

export function someRecords(): ItemRecords {
  const behaviours = Array.from({ length: 20 }, (_, n) => ({ id: `b${n}`, text: `Behaviour ${n}` }));
  return {
    format: 'shipshape.records/v1',
    handoff: {
      summary: 'Saved cards',
      expectedBehaviours: behaviours,
      riskAreas: [{ id: 'r1', text: 'Payments', severity: 'high' }],
      testData: 'Card 4242',
      releaseNotes: 'You can now save cards.',
    },
    verifications: Object.fromEntries(behaviours.map((b) => [b.id, { status: 'passed', accountId: 'qa', at: '2026-11-20T10:00:00Z', text: b.text }])),
    gates: { bench: { ticks: { c4: { accountId: 'u1', at: '2026-11-20T10:00:00Z' } } } },
  };
}
