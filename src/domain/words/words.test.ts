import { issue, readyForQaGate } from '../../../test/support/builders';
import { bundledWords } from '../../adapters/bundled-words';
import { blockMessage } from '../block-message';
import { evaluate } from '../evaluate';
import { englishSay } from './english';
import { appLocaleOf } from './locale-code';
import { lookupIn, orList, plural } from './say';

describe("the backend's words", () => {
  it('takes a locale as Forge or Jira write it, and falls back to English for a language it lacks', () => {
    expect(['de-DE', 'de_DE', 'de', 'DE-at', 'en-GB', 'fr-FR', undefined, ''].map(appLocaleOf)).toEqual([
      'de-DE',
      'de-DE',
      'de-DE',
      'de-DE',
      'en-US',
      'en-US',
      'en-US',
      'en-US',
    ]);
  });

  it('speaks German for a German locale, English for others, and names a key it cannot find', async () => {
    const german = await bundledWords('de_DE');
    expect(german.locale).toBe('de-DE');
    expect(german('gate.subtasks.none')).toBe('Keine Unteraufgaben');
    expect((await bundledWords('fr-FR'))('gate.subtasks.none')).toBe('No sub-tasks');
    expect(lookupIn({ a: { b: 'text' } }, 'a.b')).toBe('text');
    expect(lookupIn({ a: { b: 'text' } }, 'a')).toBeUndefined();
    expect(lookupIn({}, 'constructor')).toBeUndefined();
  });

  it('picks the plural form by the language, and joins "or" lists in it', async () => {
    const german = await bundledWords('de-DE');
    expect(plural(englishSay, 'gate.subtasks.open', 1, { list: 'ABC-1' })).toBe('1 sub-task not done: ABC-1');
    expect(plural(german, 'gate.subtasks.open', 2, { list: 'ABC-1, ABC-2' })).toBe('2 Unteraufgaben nicht erledigt: ABC-1, ABC-2');
    expect(orList(german, ['qa', 'dev', 'ops'])).toBe('qa, dev oder ops');
  });

  it("writes a gate's verdict and block message in the rule's language", async () => {
    const german = await bundledWords('de-DE');
    const verdict = evaluate(readyForQaGate(), { issue: issue({ key: 'ABC-7' }) }, german);
    const byId = new Map(verdict.results.map((r) => [r.id, r]));
    expect(byId.get('subtasks')).toMatchObject({ label: 'Alle Unteraufgaben sind erledigt', reason: 'Keine Unteraufgaben' });
    expect(byId.get('handoff')?.reason).toMatch(/^Im Übergabepaket fehlt: Funktionsbeschreibung, /);
    expect(byId.get('product-sign-off')).toMatchObject({
      label: 'Freigegeben von Mitglieder der Gruppe product-managers',
      reason: expect.stringMatching(/^0 von 1 Freigaben/),
    });
    expect(byId.get('support-briefed')?.hint).toBe('Haken Sie diesen Punkt im Shipshape-Panel des Arbeitselements ab, sobald er zutrifft.');
    const message = blockMessage(verdict, german).split('\n');
    expect(message[0]).toMatch(/^Ready for QA: \d+ von \d+ Pflichtprüfungen bei ABC-7 nicht erfüllt\.$/);
    expect(message.at(-1)).toBe('Öffnen Sie das Shipshape-Panel des Arbeitselements, um jede Prüfung zu sehen, und versuchen Sie den Übergang dann erneut.');
    // The same gate in English is unchanged by the translation.
    expect(evaluate(readyForQaGate(), { issue: issue({ key: 'ABC-7' }) }, englishSay).results.find((r) => r.id === 'subtasks')?.reason).toBe('No sub-tasks');
  });
});
