/** Intl formatters are made once per locale and options; one that cannot be made is not kept. */
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '../../static/shared/intl-formats';

describe('intl formats', () => {
  it('gives the same formatter for the same locale and options, another for other ones', () => {
    const medium = dateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(dateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(medium);
    expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(medium);
    expect(dateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(medium);
    expect(medium.format(new Date('2026-12-04T00:00:00Z'))).toBe('04.12.2026');
    expect(relativeTimeFormat('en-US', { numeric: 'auto' })).toBe(relativeTimeFormat('en-US', { numeric: 'auto' }));
    expect(numberFormat(undefined, { style: 'unit', unit: 'day' })).toBe(numberFormat(undefined, { style: 'unit', unit: 'day' }));
  });

  it('throws as the constructor does for an unknown time zone, every time', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
