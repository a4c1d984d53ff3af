/**
 * Intl formatters, made once per locale and options: making one costs about a millisecond, which
 * a register page of 25 due dates paid 25 times in its first render. A formatter that cannot be
 * made (an unknown locale or time zone) throws as the constructor does and is not kept.
 */
const made = new Map<string, unknown>();

function once<F>(kind: string, locale: string | undefined, options: object, make: () => F): F {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  if (made.has(key)) return made.get(key) as F;
  const formatter = make();
  made.set(key, formatter);
  return formatter;
}

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string | undefined, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  once('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  once('number', locale, options, () => new Intl.NumberFormat(locale, options));
