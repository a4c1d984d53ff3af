import { type RichBlock, type RichInline, type RichText } from './rich-text';

const inlineText = (content: readonly RichInline[] | undefined) =>
  (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '\n';
      const link = node.marks?.find((m) => m.type === 'link');
      // A link keeps its address in the text: searches, bug drafts and the secret check see it.
      return link && link.attrs.href !== node.text ? `${node.text} (${link.attrs.href})` : node.text;
    })
    .join('');

function blockText(block: RichBlock, indent: string): string {
  if (block.type === 'paragraph') return indent + inlineText(block.content).replace(/\n/g, `\n${indent}`);
  if (block.type === 'codeBlock') return (block.content ?? []).map((t) => t.text).join('');
  const start = block.type === 'orderedList' ? (block.attrs?.order ?? 1) : 1;
  return block.content
    .map((item, i) => {
      const bullet = block.type === 'orderedList' ? `${start + i}. ` : '- ';
      const [first, ...rest] = item.content;
      const head = first ? blockText(first, '').replace(/\n/g, `\n${indent}  `) : '';
      return [`${indent}${bullet}${head}`, ...rest.map((b) => blockText(b, `${indent}  `))].join('\n');
    })
    .join('\n');
}

/** The words of a formatted section as plain text: what limits, searches, bug drafts and checks read. */
export const plainTextOf = (doc: RichText): string => doc.content.map((b) => blockText(b, '')).join('\n\n');

/** Whether a document has formatting at all (more than paragraphs of unmarked text): if not, it is kept as plain text. */
export const hasFormatting = (doc: RichText): boolean =>
  doc.content.some((b) => b.type !== 'paragraph' || (b.content ?? []).some((n) => n.type === 'text' && (n.marks?.length ?? 0) > 0));
