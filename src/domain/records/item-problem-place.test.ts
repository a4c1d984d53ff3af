import german from '../../../locales/de-DE.json';
import { englishSay } from '../words/english';
import { lookupIn, sayWith } from '../words/say';
import { itemProblemPlace } from './item-problem-place';

const GERMAN = sayWith('de-DE', (key) => lookupIn(german, key) ?? key);

describe('itemProblemPlace', () => {
  it.each([
    ['handoff.expectedBehaviours[1].text', 'Expected behaviour 2'],
    ['handoff.expectedBehaviours[0]', 'Expected behaviour 1'],
    ['handoff.riskAreas[2].severity', 'Risk area 3'],
    ['handoff.riskAreas', 'Known risk areas'],
    ['handoff.releaseNotes', 'Release notes draft'],
    ['handoff.summary', 'Feature summary'],
    ['note', 'Note'],
    ['comment', 'Comment'],
    ['reason', 'Reason'],
    ['issueId', 'issueId'],
    ['handoff.summaryx', 'handoff.summaryx'],
  ])('names %s as the panel does', (path, place) => {
    expect(itemProblemPlace(path, englishSay)).toBe(place);
  });

  it('names them in German too', () => {
    expect(itemProblemPlace('handoff.expectedBehaviours[1].text', GERMAN)).toMatch(/2/);
    expect(itemProblemPlace('handoff.expectedBehaviours[1].text', GERMAN)).not.toBe('Expected behaviour 2');
    expect(itemProblemPlace('reason', GERMAN)).toBe('Grund');
  });
});
