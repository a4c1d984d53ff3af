import { adfToMarkdown } from '../../../src/domain/rich-text/adf-to-markdown';
import { markdownToAdf } from '../../../src/domain/rich-text/markdown-to-adf';
import { hasFormatting, plainTextOf } from '../../../src/domain/rich-text/plain-text';
import type { RichText } from '../../../src/domain/rich-text/rich-text';

/** The text people edit: formatting written as they type it (**bold**, - lists…), plain text as it is. */
export const sourceOf = (text: string, adf: RichText | undefined) => (adf ? adfToMarkdown(adf) : text);

/**
 * What the panel sends for a text as typed: with formatting, its ADF and the plain text of it;
 * without, the text as typed (escapes such as \* resolved), so plain text stays exactly plain.
 */
export function formattedPayload(source: string): { text: string; adf?: RichText } {
  const doc = markdownToAdf(source);
  if (hasFormatting(doc)) return { text: plainTextOf(doc), adf: doc };
  return { text: source.includes('\\') ? plainTextOf(doc) : source };
}
