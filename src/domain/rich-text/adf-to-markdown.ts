import { linkAt } from './inline-markdown';
import { isList, type RichBlock, type RichInline, type RichList, type RichTextNode, type RichText } from './rich-text';

/**
 * Text with the characters that would start formatting escaped, so it reads back as the same
 * text. `after` is what is printed after it: a bracket is escaped only where the parser would
 * read a link from it (elsewhere brackets stay as typed).
 */
function escapeText(text: string, after: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const c = text[i] as string;
    const literal = c === ']' || (c === '[' && !linkAt(`[${out}${after}`, 0)) || !'\\`*_['.includes(c);
    out = (literal ? c : `\\${c}`) + out;
  }
  return out;
}

/** A line that would read as a list item, a code fence or a heading keeps its first character literal. */
const escapeLineStart = (line: string) =>
  line
    .replace(/^( *)([-+])(?=[ \t])/, '$1\\$2')
    .replace(/^( *)(\d{1,9})([.)])(?=[ \t])/, '$1$2\\$3')
    .replace(/^( *)(```)/, '$1\\$2');

const WORD = /[\p{L}\p{N}]/u;

/** `before`: the character printed just before this text. */
function textMarkdown(node: RichTextNode, before: string, after: string): string {
  const marks = node.marks ?? [];
  const link = marks.find((m) => m.type === 'link');
  if (marks.some((m) => m.type === 'code') && !node.text.includes('`')) {
    const code = `\`${node.text}\``;
    return link ? `[${code}](${link.attrs.href})` : code;
  }
  // A bare address reads back as itself unless what follows would run on into it.
  const bare = link && !marks.some((m) => m.type !== 'link') && link.attrs.href === node.text && /^https?:\/\//i.test(node.text);
  if (bare && !/^[^\s<>"()[\]*`\\]/.test(after)) return node.text;
  // Emphasis cannot start or end with a space: keep the spaces outside the markers.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text) ?? [];
  let inner = escapeText(core, after);
  // Italic as _…_ (so it never runs into **bold** beside it), or *…* inside a word, where _ is a letter's.
  const em = (lead ? '' : before) && WORD.test(lead ? '' : before) ? '*' : WORD.test((trail ? '' : after)[0] ?? '') ? '*' : '_';
  if (core && marks.some((m) => m.type === 'em')) inner = `${em}${inner}${em}`;
  if (core && marks.some((m) => m.type === 'strong')) inner = `**${inner}**`;
  if (core && link) inner = `[${inner}](${link.attrs.href})`;
  return `${lead}${core ? inner : ''}${trail}`;
}

/** Printed from the end, so each text knows what follows it (and, from the text before it, what precedes it). */
function inlineMarkdown(content: readonly RichInline[] | undefined): string {
  const nodes = content ?? [];
  let after = '';
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const node = nodes[i] as RichInline;
    const previous = nodes[i - 1];
    const before = previous?.type === 'text' && !previous.marks?.length ? previous.text.slice(-1) : '';
    after = (node.type === 'hardBreak' ? '\n' : textMarkdown(node, before, after)) + after;
  }
  return after;
}

function listMarkdown(list: RichList, indent: string): string {
  const start = list.attrs?.order ?? 1;
  return list.content
    .map((item, i) => {
      const bullet = list.type === 'orderedList' ? `${start + i}. ` : '- ';
      const pad = `${indent}${' '.repeat(bullet.length)}`;
      return item.content
        .map((block, j) => {
          if (isList(block)) return listMarkdown(block, pad);
          const text = blockMarkdown(block).replace(/\n/g, `\n${pad}`);
          return j === 0 ? `${indent}${bullet}${text}` : `${pad}${text}`;
        })
        .join('\n');
    })
    .join('\n');
}

function blockMarkdown(block: RichBlock): string {
  if (block.type === 'paragraph') return inlineMarkdown(block.content).split('\n').map(escapeLineStart).join('\n');
  if (block.type === 'codeBlock') return `\`\`\`\n${(block.content ?? []).map((t) => t.text).join('')}\n\`\`\``;
  return listMarkdown(block, '');
}

/** A formatted section as the text people edit (markdown-to-adf.ts reads it back as the same document). */
export const adfToMarkdown = (doc: RichText): string => doc.content.map(blockMarkdown).join('\n\n');
