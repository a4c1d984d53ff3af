import { isOpen, isOverdue, todayIn } from './overdue';

describe('overdue decisions', () => {
  it('are open decisions due before today', () => {
    expect(isOverdue({ status: 'in-progress', due: '2026-11-27' }, '2026-11-28')).toBe(true);
    expect(isOverdue({ status: 'not-started', due: '2026-11-28' }, '2026-11-28')).toBe(false);
    expect(isOverdue({ status: 'decided', due: '2026-01-01' }, '2026-11-28')).toBe(false);
    expect(isOverdue({ status: 'deferred', due: '2026-01-01' }, '2026-11-28')).toBe(false);
    expect(isOverdue({ status: 'in-progress' }, '2026-11-28')).toBe(false);
    expect(isOpen({ status: 'decided' })).toBe(false);
  });

  it("take today in the viewer's time zone", () => {
    const now = new Date('2026-11-28T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-11-28');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-11-29');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-11-28');
    expect(todayIn('Not/AZone', now)).toBe('2026-11-28');
    // The zone's formatter is reused: a later moment still gets its own date.
    expect(todayIn('Europe/Berlin', new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayIn('Europe/Berlin', new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
