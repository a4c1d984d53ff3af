import { ratioInterval } from '../../bench/screens/ratio-spread';

const steady = (value: number, count: number) => Array.from({ length: count }, () => value);
/** Values spread evenly around `middle`, ± `spread`. */
const spread = (middle: number, by: number, count: number) => Array.from({ length: count }, (_, i) => middle - by + (2 * by * i) / (count - 1));

describe('the ratio interval', () => {
  it('is the ratio itself when neither page varies', () => {
    expect(ratioInterval(steady(600, 25), steady(300, 25))).toEqual([2, 2]);
  });

  it('holds the ratio of the medians and widens as the loads vary more', () => {
    const [calmLow, calmHigh] = ratioInterval(spread(600, 30, 25), spread(300, 15, 25));
    const [noisyLow, noisyHigh] = ratioInterval(spread(600, 300, 25), spread(300, 150, 25));
    expect(calmLow).toBeLessThanOrEqual(2);
    expect(calmHigh).toBeGreaterThanOrEqual(2);
    expect(noisyHigh - noisyLow).toBeGreaterThan(3 * (calmHigh - calmLow));
  });

  it('narrows with more loads of the same spread', () => {
    const [fewLow, fewHigh] = ratioInterval(spread(600, 200, 9), spread(300, 100, 9));
    const [manyLow, manyHigh] = ratioInterval(spread(600, 200, 49), spread(300, 100, 49));
    expect(manyHigh - manyLow).toBeLessThan(fewHigh - fewLow);
  });

  it('gives the same interval for the same loads', () => {
    const screen = [455, 500, 620, 626, 598, 706, 563, 555, 519, 543];
    const bare = [335, 283, 271, 386, 447, 341, 448, 497, 416, 321];
    expect(ratioInterval(screen, bare)).toEqual(ratioInterval(screen, bare));
  });

  it('is not a number without loads', () => {
    expect(ratioInterval([], [300])).toEqual([NaN, NaN]);
  });
});
