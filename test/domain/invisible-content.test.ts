import { englishSay } from '../../src/domain/words/english';
/** Reproduction 7 of issue 13: text of zero-width or other non-printing characters is not content. */
import { evaluate } from '../../src/domain/evaluate';
import type { Gate } from '../../src/domain/gates/gate-schema';
import { parseDaciTable } from '../../src/domain/daci/parse-daci-table';
import { aDecision, aTable } from '../../src/domain/daci/daci-fixtures.test-support';
import { adf, behaviour, issue, records, waiver } from '../support/builders';

const INVISIBLE = ['\u200B', '\u200B\u200D\uFEFF', '\u00A0\u2060', '\u3164', '\u0000\u202E'];

const gate = (criteria: Gate['criteria']): Gate => ({ id: 'done', name: 'Done', criteria });
const statusOf = (g: Gate, item = issue(), recs = records()) => evaluate(g, { issue: item, records: recs }, englishSay).results[0]?.status;

describe.each(INVISIBLE)('%j', (blank) => {
  it('does not fill a field (plain or ADF description)', () => {
    const described = issue({ fields: { description: adf.doc(adf.paragraph(adf.text(blank))), environment: blank } });
    expect(statusOf(gate([{ id: 'desc', kind: 'field-set', field: 'description' }]), described)).toBe('failed');
    expect(statusOf(gate([{ id: 'env', kind: 'field-set', field: 'environment' }]), described)).toBe('failed');
  });

  it('does not complete a handoff section or make a behaviour verifiable', () => {
    const recs = records({ handoff: { summary: blank, testData: blank, expectedBehaviours: [behaviour('b1', blank)] } });
    expect(statusOf(gate([{ id: 'h', kind: 'handoff-complete', sections: ['summary'] }]), issue(), recs)).toBe('failed');
    expect(statusOf(gate([{ id: 'h', kind: 'handoff-complete', sections: ['expectedBehaviours'] }]), issue(), recs)).toBe('failed');
  });

  it('is not a waiver reason', () => {
    const recs = records({ gates: { done: { waivers: { m: waiver('lee', blank, { groups: ['jira-admins'] }) } } } });
    const result = evaluate(gate([{ id: 'm', kind: 'manual', waivableBy: { groups: ['jira-admins'] } }]), { issue: issue(), records: recs }, englishSay)
      .results[0];
    expect(result?.status).toBe('failed');
    expect(result?.reason).toContain('a waiver needs a written reason');
  });

  it('is not a decision title', () => {
    const parsed = parseDaciTable(aTable([aDecision({ title: blank })]));
    expect(parsed.ok).toBe(false);
  });
});
