import { median, printTable } from '../../bench/measure';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([900, 120, 450, 300, 301, 5000, 100])).toBe(301);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values, so a missing measure cannot pass a target', () => {
    expect(median([])).toBeNaN();
    expect(Number.NaN <= 2).toBe(false);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('printTable', () => {
  it('prints one aligned line per row with yes or NO', () => {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    printTable([
      { measure: 'a', value: '1 ms', target: '<= 2', ok: true },
      { measure: 'longer measure', value: '3', target: '= 1', ok: false },
    ]);
    log.mockRestore();
    expect(lines).toEqual([
      '| measure        | value | target | ok',
      '|----------------|-------|--------|',
      '| a              | 1 ms  | <= 2   | yes',
      '| longer measure | 3     | = 1    | NO',
    ]);
  });
});
