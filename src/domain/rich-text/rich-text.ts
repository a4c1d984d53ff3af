/**
 * The formatting a handoff section may carry, as Atlassian Document Format: paragraphs, bulleted
 * and numbered lists (three levels deep), code blocks, line breaks, and text that is bold,
 * italic, code or a link (https, http or mailto only). Types and limits only, no imports: the
 * panel's editor and renderer use them without bundling the schema (rich-text-schema.ts).
 */
export const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s]*$/i;
export const MAX_LIST_DEPTH = 3;
/** Room for a 10,000-character section with its formatting. */
export const MAX_RICH_TEXT_BYTES = 64 * 1024;

export type RichMark = { type: 'strong' } | { type: 'em' } | { type: 'code' } | { type: 'link'; attrs: { href: string } };
export interface RichTextNode {
  type: 'text';
  text: string;
  marks?: RichMark[] | undefined;
}
export type RichInline = RichTextNode | { type: 'hardBreak' };
export interface RichParagraph {
  type: 'paragraph';
  content?: RichInline[] | undefined;
}
export interface RichCodeBlock {
  type: 'codeBlock';
  content?: Array<{ type: 'text'; text: string }> | undefined;
}
export interface RichListItem {
  type: 'listItem';
  content: Array<RichParagraph | RichCodeBlock | RichList>;
}
export interface RichList {
  type: 'bulletList' | 'orderedList';
  attrs?: { order: number } | undefined;
  content: RichListItem[];
}
export type RichBlock = RichParagraph | RichCodeBlock | RichList;
export interface RichText {
  type: 'doc';
  version: 1;
  content: RichBlock[];
}

export const isList = (block: RichBlock): block is RichList => block.type === 'bulletList' || block.type === 'orderedList';
