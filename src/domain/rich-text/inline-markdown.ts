import { SAFE_HREF, type RichInline, type RichMark, type RichTextNode } from './rich-text';

/** Characters a backslash keeps literal. */
export const ESCAPABLE = '\\`*_[]()#+-.!>';
const WORD = /[\p{L}\p{N}]/u;
/** A bare web address ends at a space, a quote or a character that formatting uses. */
const BARE_URL = /^https?:\/\/[^\s<>"()[\]*`\\]+/i;

const ORDER = { link: 0, strong: 1, em: 2, code: 3 } as const;
/** Marks in one order, however they were nested as typed, so one formatting is always one document. */
const ordered = (marks: RichMark[]) => marks.sort((a, b) => ORDER[a.type] - ORDER[b.type]);

const withMark = (marks: readonly RichMark[], mark: RichMark): RichMark[] => {
  // ADF's code text carries no other style but a link; a link inside a link keeps the outer one.
  if (mark.type === 'code') return ordered([...marks.filter((m) => m.type === 'link'), mark]);
  if (marks.some((m) => m.type === mark.type || m.type === 'code')) return [...marks];
  return ordered([...marks, mark]);
};

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Whether the character at `at` follows an odd number of backslashes (one escaping it). */
function escaped(src: string, at: number): boolean {
  let count = 0;
  for (let k = at - 1; k >= 0 && src[k] === '\\'; k -= 1) count += 1;
  return count % 2 === 1;
}

/** Where a `delim` run that opened at `from` closes: the next one preceded by a non-space (and for `_`, not inside a word). */
function closing(src: string, from: number, delim: string): number {
  for (let j = src.indexOf(delim, from); j >= 0; j = src.indexOf(delim, j + 1)) {
    if (escaped(src, j)) continue;
    if (isSpace(src[j - 1]) || j === from) continue;
    if (delim.length === 1 && src[j + 1] === delim) {
      j += 1;
      continue;
    }
    if (delim[0] === '_' && WORD.test(src[j + delim.length] ?? '')) continue;
    return j;
  }
  return -1;
}

/** `[label](https://…)` at `at`: the label, the address and where it ends. */
export function linkAt(src: string, at: number): { label: string; href: string; end: number } | undefined {
  const close = src.indexOf('](', at + 1);
  if (close < 0) return undefined;
  const end = src.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const label = src.slice(at + 1, close);
  const href = src.slice(close + 2, end).trim();
  if (!label.trim() || label.includes('\n') || !SAFE_HREF.test(href)) return undefined;
  return { label, href, end: end + 1 };
}

/** Inline markdown (bold, italic, code, links, bare web addresses, line breaks) as ADF text nodes. */
export function parseInline(src: string, marks: readonly RichMark[] = []): RichInline[] {
  const out: RichInline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(marks.length ? { type: 'text', text: buffer, marks: [...marks] } : { type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      buffer += next;
      i += 2;
      continue;
    }
    if (c === '\n') {
      flush();
      out.push({ type: 'hardBreak' });
      i += 1;
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end > i + 1 && !src.slice(i + 1, end).includes('\n')) {
        flush();
        out.push({ type: 'text', text: src.slice(i + 1, end), marks: withMark(marks, { type: 'code' }) });
        i = end + 1;
        continue;
      }
    }
    if (src.startsWith('***', i) && !isSpace(src[i + 3])) {
      const end = src.indexOf('***', i + 3);
      if (end > i + 3 && !isSpace(src[end - 1]) && !escaped(src, end)) {
        flush();
        out.push(...parseInline(src.slice(i + 3, end), withMark(withMark(marks, { type: 'strong' }), { type: 'em' })));
        i = end + 3;
        continue;
      }
    }
    const double = src.slice(i, i + 2);
    if ((double === '**' || double === '__') && !isSpace(src[i + 2]) && !(double === '__' && WORD.test(src[i - 1] ?? ''))) {
      const end = closing(src, i + 2, double);
      if (end > i + 2) {
        flush();
        out.push(...parseInline(src.slice(i + 2, end), withMark(marks, { type: 'strong' })));
        i = end + 2;
        continue;
      }
    }
    if ((c === '*' || c === '_') && next !== c && !isSpace(next) && !(c === '_' && WORD.test(src[i - 1] ?? ''))) {
      const end = closing(src, i + 1, c);
      if (end > i + 1) {
        flush();
        out.push(...parseInline(src.slice(i + 1, end), withMark(marks, { type: 'em' })));
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = linkAt(src, i);
      if (link) {
        flush();
        out.push(...parseInline(link.label, withMark(marks, { type: 'link', attrs: { href: link.href } })));
        i = link.end;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && !WORD.test(src[i - 1] ?? '') && !marks.some((m) => m.type === 'link' || m.type === 'code')) {
      const url = BARE_URL.exec(src.slice(i))?.[0].replace(/[.,;:!?)\]]+$/, '');
      if (url && SAFE_HREF.test(url)) {
        flush();
        out.push({ type: 'text', text: url, marks: withMark(marks, { type: 'link', attrs: { href: url } }) });
        i += url.length;
        continue;
      }
    }
    buffer += c;
    i += 1;
  }
  flush();
  return merged(out.flatMap(edgesUnstyled));
}

/**
 * Spaces at the edges of bold, italic or linked text carry no style (as they are typed: the
 * markers sit next to the words), so the same document always reads back from its text.
 */
function edgesUnstyled(node: RichInline): RichInline[] {
  if (node.type !== 'text' || !node.marks?.length || node.marks.some((m) => m.type === 'code')) return [node];
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text) ?? [];
  if (!lead && !trail) return [node];
  const plain = (text: string): RichInline[] => (text ? [{ type: 'text', text }] : []);
  return [...plain(lead), ...(core ? [{ ...node, text: core }] : []), ...plain(trail)];
}

const sameMarks = (a: RichTextNode, b: RichTextNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Neighbouring text with the same marks as one node (as ADF editors store it). */
function merged(nodes: RichInline[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last, node)) out[out.length - 1] = { ...last, text: last.text + node.text };
    else out.push(node);
  }
  return out;
}
