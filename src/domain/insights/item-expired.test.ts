import type { GateStanding, ItemInsight } from './insight-docs';
import { isoWeek } from './iso-week';
import { itemInsightExpired } from './item-expired';

const DAY = 86_400_000;
const CUTOFF = Date.UTC(2025, 10, 3);
const WEEK = isoWeek(CUTOFF);
const OLD = CUTOFF - 30 * DAY;
const NEW = CUTOFF + 30 * DAY;

const standing = (over: Partial<GateStanding>): GateStanding => ({ projectId: '10000', gateId: 'dod', blockedWeeks: [], passedWeeks: [], ...over });
const item = (...gates: GateStanding[]): ItemInsight => ({ applied: ['event-1'], gates });

describe('an item insight past retention', () => {
  it('is expired when everything it remembers at every gate is older than the cutoff', () => {
    expect(itemInsightExpired(item(standing({ lastPassedAt: OLD, passedWeeks: [isoWeek(OLD)] })), CUTOFF, WEEK)).toBe(true);
    expect(itemInsightExpired(item(standing({ blockedSince: OLD, blockedWeeks: [isoWeek(OLD)] })), CUTOFF, WEEK)).toBe(true);
    expect(itemInsightExpired(item(), CUTOFF, WEEK)).toBe(true);
  });

  it('is kept while any gate remembers something newer: a pass, a block, or a week it was counted in', () => {
    const old = standing({ lastPassedAt: OLD, passedWeeks: [isoWeek(OLD)] });
    expect(itemInsightExpired(item(old, standing({ gateId: 'qa', lastPassedAt: NEW })), CUTOFF, WEEK)).toBe(false);
    expect(itemInsightExpired(item(old, standing({ gateId: 'qa', blockedSince: NEW })), CUTOFF, WEEK)).toBe(false);
    expect(itemInsightExpired(item(standing({ lastPassedAt: OLD, blockedWeeks: [isoWeek(OLD), WEEK] })), CUTOFF, WEEK)).toBe(false);
  });
});
