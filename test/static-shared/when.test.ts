import { describeDay, describeWhen } from '../../static/shared/when';

const NOW = Date.parse('2026-12-02T15:00:00Z');
const at = (ms: number) => new Date(NOW - ms).toISOString();
const en = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const de = { locale: 'de_DE', timeZone: 'Europe/Berlin' };

describe('one way to say when, on every screen', () => {
  it('is relative within the last week, in the viewer’s language', () => {
    expect(describeWhen(at(10_000), en, NOW).text).toBe('now');
    expect(describeWhen(at(5 * 60_000), en, NOW).text).toBe('5 minutes ago');
    expect(describeWhen(at(3 * 3_600_000), en, NOW).text).toBe('3 hours ago');
    expect(describeWhen(at(30 * 3_600_000), en, NOW).text).toBe('yesterday');
    expect(describeWhen(at(3 * 86_400_000), de, NOW).text).toBe('vor 3 Tagen');
    expect(describeWhen(at(5 * 60_000), en, NOW).isRelative).toBe(true);
  });

  it('is the date and time in the viewer’s locale and time zone after a week, and always in `full`', () => {
    const old = describeWhen('2026-11-20T09:10:00Z', en, NOW);
    expect(old).toEqual({ text: 'Nov 20, 2026, 10:10 AM', full: 'Nov 20, 2026, 10:10 AM', isRelative: false });
    expect(describeWhen('2026-11-20T09:10:00Z', de, NOW).text).toBe('20.11.2026, 10:10');
    expect(describeWhen(at(5 * 60_000), { locale: 'en_GB', timeZone: 'UTC' }, NOW).full).toBe('2 Dec 2026, 14:55');
  });

  it('says a time in the future (a skewed clock) as a date, and an unreadable one as written', () => {
    expect(describeWhen('2026-12-03T15:00:00Z', { locale: 'en_GB', timeZone: 'UTC' }, NOW).text).toBe('3 Dec 2026, 15:00');
    expect(describeWhen('not a time', en, NOW)).toEqual({ text: 'not a time', full: 'not a time', isRelative: false });
  });

  it('falls back to the browser’s locale for a locale or time zone it does not know', () => {
    expect(describeWhen('2026-11-20T09:10:00Z', { locale: 'xx_!!', timeZone: 'Mars/Base' }, NOW).text).toMatch(/2026/);
  });

  it('says a calendar day without shifting it across a time zone', () => {
    expect(describeDay('2026-12-02', { locale: 'en_US' })).toBe('Dec 2, 2026');
    expect(describeDay('2026-12-02', { locale: 'de_DE', timeZone: 'Pacific/Honolulu' })).toBe('02.12.2026');
    expect(describeDay('someday', en)).toBe('someday');
  });
});
