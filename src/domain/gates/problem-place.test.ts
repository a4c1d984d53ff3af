import { gateProblemPlace } from './problem-place';
import { englishSay } from '../words/english';
import { bundledWords } from '../../adapters/bundled-words';

describe('gateProblemPlace', () => {
  it.each([
    ['gates[1].criteria[2].approvers.groups[0]', 'Gate 2, check 3: approvers'],
    ['gates[0].id', 'Gate 1: id'],
    ['gates[0].criteria[0].kind', 'Gate 1, check 1: kind'],
    ['gates[3].appliesTo.issueTypes', 'Gate 4: work types'],
    ['gates[0]', 'Gate 1'],
    ['gate.criteria[1].waivableBy', 'The gate, check 2: who may waive'],
    ['gates[0].constructor', 'Gate 1: constructor'],
    ['revision', 'revision'],
    ['format', 'format'],
    ['gates', 'gates'],
    ['gateId', 'gateId'],
    ['gate', 'The gate'],
  ])('%s → %s', (path, place) => {
    expect(gateProblemPlace(path, englishSay)).toBe(place);
  });

  it("names the place in the person's language", async () => {
    const german = await bundledWords('de-DE');
    expect(gateProblemPlace('gates[1].criteria[2].approvers.groups[0]', german)).toBe('Gate 2, Prüfung 3: Freigebende');
    expect(gateProblemPlace('gate.criteria[1].waivableBy', german)).toBe('Das Gate, Prüfung 2: wer ausnehmen darf');
  });
});
