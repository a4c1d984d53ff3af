import { BUILT_IN_TEMPLATES } from '../templates';
import { gateShortName, SHORT_NAME_MAX } from './gate-short-name';

describe('gateShortName', () => {
  it('gives a readable short name for every built-in template', () => {
    expect(Object.fromEntries(BUILT_IN_TEMPLATES.map((g) => [g.name, gateShortName(g.name)]))).toEqual({
      'Pre-handoff: ready for engineering': 'Pre-handoff',
      'Ready for QA': 'Ready for QA',
      'Definition of Done': 'DoD',
      'Go-live readiness': 'Go-live',
      'Launch handoff': 'Launch',
    });
  });

  it.each([
    ['Definition of Ready', 'DoR'],
    ['Done', 'Done'],
    ['  Ready   for QA ', 'Ready for QA'],
    ['Security review (payments)', 'Security'],
    ['Release checklist — web', 'Release'],
    ['Internationalisation', 'Internation…'],
    ['Sign-off for the GDPR audit', 'Sign-off'],
    ['Ready for UAT sign-off', 'Ready'],
    ['Handoff to the SRE team', 'Handoff'],
    ['', 'Gate'],
    ['   ', 'Gate'],
  ])('%j → %j', (name, short) => {
    expect(gateShortName(name)).toBe(short);
  });

  it('never exceeds the maximum, whatever the name', () => {
    const names = ['a'.repeat(80), 'Word '.repeat(30), 'x of y of z of w of v of u of t of s', 'Ünïcödé gäte nämé', ': leading colon then words'];
    for (const name of names) {
      const short = gateShortName(name);
      expect(short.length).toBeLessThanOrEqual(SHORT_NAME_MAX);
      expect(short.trim()).not.toBe('');
    }
  });
});
