import { hasFormatting, plainTextOf } from './plain-text';
import type { RichText } from './rich-text';

/** Text as it is stored: plain, with its formatting beside it only when it has any. */
export interface StoredText {
  text: string;
  adf?: RichText;
}

/**
 * What to store of a text sent with or without formatting: formatted ADF keeps its document and
 * its plain text is derived from it (whatever plain text came with it); ADF without formatting,
 * or no ADF, is plain text only.
 */
export function storedText(text: string, adf: RichText | undefined): StoredText {
  if (!adf) return { text };
  return hasFormatting(adf) ? { text: plainTextOf(adf), adf } : { text: plainTextOf(adf) };
}
