/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; lines end with CRLF. */
const needsQuotes = /[",\r\n]/;

/** A spreadsheet would run a field starting with = + - @ as a formula: such text gets a leading apostrophe. */
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && formulaStart.test(value) && !/^-?\d/.test(value) ? `'${value}` : String(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: ReadonlyArray<string | number | boolean | undefined>): string => `${fields.map(csvField).join(',')}\r\n`;

/** The rows of a CSV text (quoted fields, doubled quotes, CRLF or LF); a blank last line is no row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
