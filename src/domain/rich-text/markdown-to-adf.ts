import { parseInline } from './inline-markdown';
import { MAX_LIST_DEPTH, isList, type RichBlock, type RichInline, type RichList, type RichListItem, type RichParagraph, type RichText } from './rich-text';

const MARKER = /^( *)(?:([-*+])|(\d{1,9})[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}```/;

interface Marker {
  indent: number;
  ordered: boolean;
  number: number;
  text: string;
}
function markerOf(line: string): Marker | undefined {
  const m = MARKER.exec(line.replace(/\t/g, '  '));
  if (!m) return undefined;
  return { indent: m[1]?.length ?? 0, ordered: m[2] === undefined, number: Number(m[3] ?? 1), text: m[4] ?? '' };
}

const paragraph = (text: string): RichParagraph => {
  const content = parseInline(text);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

/** One list (of the first marker's kind and indent) from `at`; nested lists where the indent grows, up to three levels. */
function parseList(lines: readonly string[], at: number, depth: number): { list: RichList; next: number } {
  const first = markerOf(lines[at] ?? '') as Marker;
  const items: RichListItem[] = [];
  let i = at;
  while (i < lines.length) {
    const line = lines[i] as string;
    const marker = markerOf(line);
    if (line.trim() === '') {
      const after = lines.slice(i + 1).findIndex((l) => l.trim() !== '');
      const resume = after < 0 ? undefined : markerOf(lines[i + 1 + after] as string);
      if (!resume || resume.indent !== first.indent || resume.ordered !== first.ordered) break;
      i += 1 + after;
      continue;
    }
    if (marker && (marker.indent < first.indent || (marker.indent === first.indent && marker.ordered !== first.ordered))) break;
    if (marker && marker.indent > first.indent && depth < MAX_LIST_DEPTH && items.length) {
      const nested = parseList(lines, i, depth + 1);
      items.at(-1)?.content.push(nested.list);
      i = nested.next;
      continue;
    }
    if (marker && marker.indent === first.indent) {
      items.push({ type: 'listItem', content: [{ type: 'paragraph', content: [] }] });
      appendLine(items.at(-1) as RichListItem, marker.text, true);
    } else if (FENCE.test(line)) break;
    else appendLine(items.at(-1) as RichListItem, line.trim(), false);
    i += 1;
  }
  const list: RichList = first.ordered
    ? { type: 'orderedList', ...(first.number > 1 ? { attrs: { order: first.number } } : {}), content: items.map(tidyItem) }
    : { type: 'bulletList', content: items.map(tidyItem) };
  return { list, next: i };
}

/** Items collect their lines as raw text first (`raw`), parsed once the item is complete. */
const RAW = new WeakMap<RichListItem, string>();
function appendLine(item: RichListItem, text: string, first: boolean) {
  RAW.set(item, first ? text : `${RAW.get(item) ?? ''}\n${text}`);
}
function tidyItem(item: RichListItem): RichListItem {
  const [, ...rest] = item.content;
  return { type: 'listItem', content: joinLists([startTrimmed(paragraph(RAW.get(item) ?? '')), ...rest]) as RichListItem['content'] };
}

/** An item's lines start after their indent (the marker's, or a continuation's), however their first words were formatted. */
function startTrimmed(p: RichParagraph): RichParagraph {
  const content: RichInline[] = [];
  for (const node of p.content ?? []) {
    const lineStart = content.length === 0 || content.at(-1)?.type === 'hardBreak';
    if (node.type !== 'text' || !lineStart) content.push(node);
    else if (node.text.trimStart()) content.push({ ...node, text: node.text.trimStart() });
  }
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Lists of one kind that follow each other are one list (they read back as one). */
function joinLists(blocks: RichBlock[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last && isList(last) && isList(block) && last.type === block.type) out[out.length - 1] = { ...last, content: [...last.content, ...block.content] };
    else out.push(block);
  }
  return out;
}

/**
 * The formatting people type, as Atlassian Document Format: blank lines between paragraphs,
 * `- ` or `1. ` lists (indent to nest), ``` code blocks, and inline **bold**, *italic*, `code`,
 * [text](https://…) and bare web addresses; a backslash keeps a character literal. Anything else
 * is text: no HTML is ever interpreted.
 */
export function markdownToAdf(source: string): RichText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const content: RichBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i += 1;
    } else if (FENCE.test(line)) {
      const end = lines.findIndex((l, j) => j > i && FENCE.test(l));
      const body = lines.slice(i + 1, end < 0 ? lines.length : end).join('\n');
      content.push(body ? { type: 'codeBlock', content: [{ type: 'text', text: body }] } : { type: 'codeBlock' });
      i = end < 0 ? lines.length : end + 1;
    } else if (markerOf(line)) {
      const { list, next } = parseList(lines, i, 1);
      content.push(list);
      i = next;
    } else {
      const start = i;
      while (i < lines.length && (lines[i] as string).trim() !== '' && !FENCE.test(lines[i] as string) && (i === start || !markerOf(lines[i] as string)))
        i += 1;
      content.push(paragraph(lines.slice(start, i).join('\n')));
    }
  }
  return { type: 'doc', version: 1, content: joinLists(content) };
}
