import { approval, behaviour, records, tick, verification, waiver, AT, PEOPLE } from '../../../test/support/builders';
import { approvalsOf, withApproval, withoutApprovalsBy, withTick, withVerification, withWaiver } from './record-edits';
import { withHandoff } from './handoff-edits';
import { parseRecords } from './parse-records';

describe('record edits', () => {
  it('never change their input', () => {
    const start = records({ handoff: { summary: 'x', expectedBehaviours: [behaviour('b1', 'one')] }, verifications: { b1: verification('one') } });
    const frozen = structuredClone(start);
    withTick(start, 'g', 'c', tick('dana'));
    withApproval(start, 'g', 'c', approval('priya'));
    withWaiver(start, 'g', 'c', waiver('lee', 'why'));
    withVerification(start, 'b1', undefined);
    withHandoff(start, { summary: 'y', expectedBehaviours: [] });
    expect(start).toEqual(frozen);
  });

  it('set and clear ticks and waivers, leaving no empty objects behind', () => {
    const ticked = withTick(records(), 'release', 'support', tick('dana'));
    expect(ticked.gates).toEqual({ release: { ticks: { support: tick('dana') } } });
    expect(withTick(ticked, 'release', 'support', undefined)).toEqual(records());
    const waived = withWaiver(ticked, 'release', 'copy', waiver('lee', 'No copy'));
    expect(waived.gates?.['release']).toEqual({ ticks: { support: tick('dana') }, waivers: { copy: waiver('lee', 'No copy') } });
    expect(withWaiver(waived, 'release', 'copy', undefined)).toEqual(ticked);
  });

  it("keep one approval per person, and remove only that person's", () => {
    const once = withApproval(records(), 'g', 'sign-off', approval('priya'));
    expect(withApproval(once, 'g', 'sign-off', { ...approval('priya'), comment: 'again' })).toBe(once);
    const twice = withApproval(once, 'g', 'sign-off', approval('lee'));
    expect(approvalsOf(twice, 'g', 'sign-off').map((a) => a.accountId)).toEqual([PEOPLE.priya.accountId, PEOPLE.lee.accountId]);
    expect(approvalsOf(withoutApprovalsBy(twice, 'g', 'sign-off', PEOPLE.priya.accountId), 'g', 'sign-off')).toEqual([approval('lee')]);
    expect(withoutApprovalsBy(once, 'g', 'sign-off', PEOPLE.priya.accountId)).toEqual(records());
  });

  it('treat ids like "constructor" and "__proto__" as plain keys', () => {
    const edited = withVerification(withTick(records(), 'constructor', 'toString', tick('dana')), '__proto__', verification('x'));
    expect(Object.keys(edited.gates ?? {})).toEqual(['constructor']);
    expect(Object.keys(edited.verifications ?? {})).toEqual(['__proto__']);
    expect(parseRecords(JSON.parse(JSON.stringify(edited)))).toMatchObject({ ok: true });
  });

  describe('withHandoff', () => {
    const start = records({
      handoff: {
        summary: 'Old',
        expectedBehaviours: [behaviour('b1', 'one'), behaviour('b7', 'seven')],
        riskAreas: [{ id: 'r2', text: 'risk', severity: 'low' }],
        testData: 'data',
      },
      verifications: { b1: verification('one'), b7: verification('seven'), b9: verification('deleted long ago') },
    });

    it('replaces only the sections given', () => {
      expect(withHandoff(start, { releaseNotes: 'Notes' }).handoff).toEqual({ ...start.handoff, releaseNotes: 'Notes' });
    });

    it('numbers new entries after every id in use, including ids only verifications still mention', () => {
      const next = withHandoff(start, {
        expectedBehaviours: [{ id: 'b7', text: 'seven' }, { text: 'new' }, { text: 'newer' }],
        riskAreas: [{ text: 'r', severity: 'high' }],
      });
      expect(next.handoff?.expectedBehaviours).toEqual([behaviour('b7', 'seven'), behaviour('b10', 'new'), behaviour('b11', 'newer')]);
      expect(next.handoff?.riskAreas).toEqual([{ id: 'r3', text: 'r', severity: 'high' }]);
    });

    it('drops the verifications of behaviours that are gone', () => {
      expect(withHandoff(start, { expectedBehaviours: [{ id: 'b7', text: 'seven' }] }).verifications).toEqual({ b7: verification('seven') });
      expect(withHandoff(start, { expectedBehaviours: [] }).verifications).toBeUndefined();
    });

    it('keeps properties a newer version of the app wrote', () => {
      const newer = { ...start, handoff: { ...start.handoff, rolloutPlan: 'staged' }, reviewedAt: AT };
      expect(withHandoff(newer, { summary: 'New' })).toMatchObject({ handoff: { rolloutPlan: 'staged', summary: 'New' }, reviewedAt: AT });
    });
  });
});
