import { problemPlace } from './problem-place';
import { englishSay } from '../words/english';
import { bundledWords } from '../../adapters/bundled-words';

describe('problemPlace', () => {
  it.each([
    ['decisions[2].driver', 'Decision 3: Driver'],
    ['decisions[0].approver', 'Decision 1: Approver'],
    ['decisions[0].options[1].pros', 'Decision 1, option 2: pros'],
    ['decisions[4].contributors[2]', 'Decision 5: Contributors'],
    ['decisions[1]', 'Decision 2'],
    ['decisions[0].constructor', 'Decision 1: constructor'],
    ['title', 'Table: title'],
    ['decisions', 'Table: decisions'],
    ['(root)', 'Table'],
    ['decisions[1].actionItems[0].text', 'Decision 2, action item 1: text'],
    ['decisions[1].actionItems', 'Decision 2: action items'],
  ])('%s → %s', (path, place) => {
    expect(problemPlace(path, englishSay)).toBe(place);
  });

  it("names the place in the person's language", async () => {
    const german = await bundledWords('de-DE');
    expect(problemPlace('decisions[0].options[1].pros', german)).toBe('Entscheidung 1, Option 2: Vorteile');
    expect(problemPlace('(root)', german)).toBe('Tabelle');
  });
});
