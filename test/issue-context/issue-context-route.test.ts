import { resolve } from 'node:path';
import { issueContextModules } from '../../sandbox/server/issue-context-route';

describe('the sandbox reads the issue context module from manifest.yml', () => {
  it('with its label, resource, resolver and dynamicProperties function', () => {
    expect(issueContextModules(resolve(__dirname, '../../manifest.yml'))).toEqual([
      {
        type: 'jira:issueContext',
        key: 'shipshape-context',
        title: 'Shipshape',
        label: 'Shipshape',
        resources: { default: 'issue-context' },
        resolverFunction: 'issue-resolver',
        dynamicPropertiesFunction: 'issue-context-status',
      },
    ]);
  });
});
