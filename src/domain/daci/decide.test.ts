import { aDecision, aTable } from './daci-fixtures.test-support';
import { DACI_LIMITS } from './daci-limits';
import { decidedTable } from './decide';
import { macroConfigOf } from './macro-config';
import { macrosInAdf } from './macros-in-adf';
import { withMacroConfig } from './with-macro-config';

const APP = '5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42';
const macro = (localId: string, config: unknown, key = `${APP}/env/static/shipshape-daci`) => ({
  type: 'extension',
  attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: key, localId, parameters: { localId, guestParams: config, extensionId: 'x' } },
});

describe('marking a decision decided', () => {
  const table = aTable([aDecision({ id: 'a', status: 'in-progress' }), aDecision({ id: 'b', status: 'deferred' })]);

  it('marks an open decision decided with its outcome, and nothing else', () => {
    const decided = decidedTable(table, 'a', '  Vault  ');
    expect(decided.ok && decided.table.decisions.map((d) => [d.id, d.status, d.outcome])).toEqual([
      ['a', 'decided', 'Vault'],
      ['b', 'deferred', table.decisions[1]!.outcome],
    ]);
  });

  it('refuses a decision that is not open, an unknown one, an empty or an over-long outcome', () => {
    expect(decidedTable(table, 'b', 'x')).toMatchObject({ ok: false, reason: 'not-open' });
    expect(decidedTable(table, 'zz', 'x')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(decidedTable(table, 'a', '   ')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(decidedTable(table, 'a', 'x'.repeat(DACI_LIMITS.outcomeLength + 1))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe("a macro's config in a page's ADF", () => {
  const doc = {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Decisions' }] }, macro('t1', { old: true }), macro('t2', { other: true })],
  };

  it("replaces this app's macro's config by placement, leaving the rest of the page and the original as they were", () => {
    const next = withMacroConfig(doc, { appId: APP, moduleKey: 'shipshape-daci', localId: 't1' }, macroConfigOf(oneDecisionTable()));
    expect(macrosInAdf(next).map((m) => [m.localId, m.config])).toEqual([
      ['t1', macroConfigOf(oneDecisionTable())],
      ['t2', { other: true }],
    ]);
    expect(macrosInAdf(doc)[0]?.config).toEqual({ old: true });
  });

  it("finds nothing to change for another app's macro, a missing placement or a placement twice on the page", () => {
    const place = { appId: APP, moduleKey: 'shipshape-daci', localId: 't1' };
    expect(withMacroConfig({ type: 'doc', content: [macro('t1', {}, 'other-app/env/static/shipshape-daci')] }, place, {})).toBeUndefined();
    expect(withMacroConfig(doc, { ...place, localId: 't9' }, {})).toBeUndefined();
    expect(withMacroConfig({ type: 'doc', content: [macro('t1', {}), macro('t1', {})] }, place, {})).toBeUndefined();
  });
});

function oneDecisionTable() {
  return aTable([aDecision({ id: 'a' })]);
}
