export type Values = Readonly<Record<string, string | number>>;

/** Fills a translated text's `{name}` placeholders; one that `values` lacks stays as written, so it shows. */
export const fill = (text: string, values?: Values): string =>
  values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole)) : text;
