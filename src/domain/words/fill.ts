export type Values = Readonly<Record<string, string | number>>;

/** `fill` for one text said many times: the text is split at its placeholders once. */
export function compileFill(text: string): (values?: Values) => string {
  const parts = text.split(/\{(\w+)\}/);
  if (parts.length === 1) return () => text;
  return (values) => {
    if (!values) return text;
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      out += (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`) + parts[i + 1]!;
    }
    return out;
  };
}

/** Fills a translated text's `{name}` placeholders; one that `values` lacks stays as written, so it shows. */
export const fill = (text: string, values?: Values): string => compileFill(text)(values);
