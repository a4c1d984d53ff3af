import { linesOf, resultProblems } from '../../static/issue-panel/src/result-input';
import { translateWith } from '../../static/shared/translate';
import english from '../../locales/en-US.json';
import { RECORD_LIMITS } from '../../src/domain/records/record-limit-values';

const lookup = (key: string) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], english));
const t = translateWith('en-US', lookup);
const ok = { note: '', environment: 'Staging', files: [], links: [] };

describe('resultProblems', () => {
  it('accepts a plain result, and reads links one per line', () => {
    expect(resultProblems(ok, t)).toEqual([]);
    expect(linesOf(' https://a.example/1 \n\n https://b.example ')).toEqual(['https://a.example/1', 'https://b.example']);
  });

  it('names each problem before anything is attached or sent', () => {
    const big = new File([new Uint8Array(RECORD_LIMITS.evidenceFileBytes + 1)], 'capture.mov');
    const problems = resultProblems(
      {
        note: 'n'.repeat(2001),
        environment: 'e'.repeat(101),
        files: [big],
        links: ['javascript:alert(1)', ...Array.from({ length: 9 }, (_, i) => `https://x.example/${i}`)],
      },
      t,
    );
    expect(problems).toEqual([
      'The environment can be at most 100 characters.',
      '“javascript:alert(1)” is not a web address: start it with https://.',
      'capture.mov is larger than 10 MB: attach a smaller file, or link to it.',
      'A result can carry at most 10 files and links together.',
      'Note is too long: shorten it to 2,000 characters.',
    ]);
  });
});
