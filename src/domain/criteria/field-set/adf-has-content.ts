import { hasVisibleText } from '../../visible-text/visible-text';
/**
 * Whether an Atlassian Document Format node holds something a reader would call content.
 * Empty paragraphs, hard breaks and rules do not count; text with visible characters,
 * mentions, emoji, cards, media, dates and extensions do.
 */
const CONTENT_LEAVES = new Set([
  'mention',
  'emoji',
  'inlineCard',
  'blockCard',
  'embedCard',
  'media',
  'mediaInline',
  'status',
  'date',
  'extension',
  'inlineExtension',
]);

export function adfHasContent(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
  if (type === 'text') return typeof text === 'string' && hasVisibleText(text);
  if (typeof type === 'string' && CONTENT_LEAVES.has(type)) return true;
  return Array.isArray(content) && content.some(adfHasContent);
}

export function isAdfDocument(value: unknown): boolean {
  const v = value as { type?: unknown; content?: unknown } | null;
  return typeof v === 'object' && v !== null && v.type === 'doc' && Array.isArray(v.content);
}
