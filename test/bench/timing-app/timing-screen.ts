import { join } from 'node:path';
import type { ScreenSpec } from '../../../bench/screens/screen-spec';
import type { FunctionHandler } from '../../../sandbox/host/invoke-route';
import { EMMA } from '../../../sandbox/standin/demo-users';
import { handler } from './resolver';

/** The timing app as an issue panel on ABC-10; a key ending in "-twice" makes it invoke twice. */
export function timingScreen(moduleKey: string, contentSelector = '[data-testid="timing-content"]'): ScreenSpec {
  return {
    name: 'timing app',
    entry: join(__dirname, 'src', 'index.tsx'),
    module: { type: 'jira:issuePanel', key: moduleKey, resources: { default: 'bench-timing-app' }, resolverFunction: 'timing-resolver' },
    pagePath: '/browse/ABC-10',
    contentSelector,
    accountId: EMMA.accountId,
    budget: { gzipKb: 150, ratio: 50, backendCalls: 1 },
    extraFunctionHandlers: { 'timing-resolver': handler as FunctionHandler },
  };
}
