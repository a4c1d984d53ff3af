import { bundledWords } from '../../adapters/bundled-words';
import { englishSay } from '../words/english';
import { gateWords, sayChange } from './change-words';
import { changeWordsSchema } from './change-words-schema';

const gate = { name: 'Definition of Done', appliesTo: { issueTypes: ['Story', 'Bug'] }, criteria: [{ id: 'a' }, { id: 'b', required: false }, { id: 'c' }] };

describe('change words', () => {
  it('say a gate in English and German, counting its criteria in each language', async () => {
    const german = await bundledWords('de-DE');
    expect(sayChange(gateWords(gate), englishSay)).toBe('"Definition of Done" for Story, Bug: 3 criteria (2 required): a, b, c');
    expect(sayChange(gateWords(gate), german)).toBe('„Definition of Done“ für Story, Bug: 3 Kriterien (2 Pflicht): a, b, c');
    expect(sayChange(gateWords({ name: 'QA', criteria: [{ id: 'x' }] }), german)).toBe('„QA“: 1 Kriterium (1 Pflicht): x');
    expect(sayChange({ key: 'imported', count: 1200, values: { file: 3, changes: 2 } }, german)).toBe(
      '1.200 Gates nach dem Import von 3 aus der Datei (2 Änderungen)',
    );
    expect(sayChange({ key: 'deleted' }, german)).toBe('(gelöscht)');
  });

  it('keep a long list of ids short enough to store', () => {
    const many = { name: 'Big', criteria: Array.from({ length: 200 }, (_, i) => ({ id: `criterion-${i}` })) };
    const words = gateWords(many);
    expect(changeWordsSchema.safeParse(words).success).toBe(true);
    expect(sayChange(words, englishSay).length).toBeLessThan(400);
  });

  it('refuse stored words the screens have no text for', () => {
    expect(changeWordsSchema.safeParse({ key: 'constructor' }).success).toBe(false);
    expect(changeWordsSchema.safeParse({ key: 'gate', count: 1, values: { name: 'x', required: 1, ids: 'a', extra: 1 } }).success).toBe(false);
  });
});
