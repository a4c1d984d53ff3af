import { RECORD_LIMITS } from '../records/record-limit-values';

/** An ADF node as Jira's description holds it, read loosely: anything else is ignored. */
interface AdfNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
  attrs?: unknown;
}

const NAMES =
  /\b(acceptance criteria|acceptance criterion|akzeptanzkriterien|akzeptanzkriterium|expected behaviou?rs?|erwartetes verhalten)\b|^\s*ac\s*:?\s*$/i;
const LISTS = new Set(['bulletList', 'orderedList', 'taskList']);
const ITEMS = new Set(['listItem', 'taskItem']);
/** Proposals at most: more than a package holds is no longer a list of acceptance criteria. */
export const MAX_PROPOSED = 50;

const children = (node: AdfNode): AdfNode[] =>
  Array.isArray(node.content) ? (node.content as AdfNode[]).filter((c) => typeof c === 'object' && c !== null) : [];

/** The words of a node: its text, a mention's or a status's label, a hard break as a space. */
function textOf(node: AdfNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return ' ';
  const attrs = (typeof node.attrs === 'object' && node.attrs !== null ? node.attrs : {}) as Record<string, unknown>;
  if ((node.type === 'mention' || node.type === 'status' || node.type === 'emoji') && typeof (attrs['text'] ?? attrs['shortName']) === 'string')
    return String(attrs['text'] ?? attrs['shortName']);
  if (node.type === 'inlineCard' && typeof attrs['url'] === 'string') return attrs['url'];
  // A nested list belongs to its item: its points are read as part of it.
  if (typeof node.type === 'string' && LISTS.has(node.type))
    return children(node)
      .map((item) => textOf(item).trim())
      .filter(Boolean)
      .join('; ');
  return children(node)
    .map(textOf)
    .join(node.type === 'listItem' || node.type === 'taskItem' ? ' ' : '');
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, RECORD_LIMITS.entryCharacters);

/**
 * The expected behaviours a work item's description proposes (pure): the points of every list
 * that follows a heading or a paragraph naming acceptance criteria ("Acceptance criteria",
 * "AC:", "Akzeptanzkriterien", "Expected behaviour"), up to the next heading. Nothing is proposed
 * from a description without one: a list of steps or notes is not a list of behaviours.
 */
export function acceptanceCriteriaFrom(description: unknown): string[] {
  if (typeof description !== 'object' || description === null) return [];
  return [...new Set(collect(children(description as AdfNode), false).filter(Boolean))].slice(0, MAX_PROPOSED);
}

/** The list points under a name, block by block; a panel or an expand is read as blocks of its own. */
function collect(blocks: AdfNode[], namedAtStart: boolean): string[] {
  const found: string[] = [];
  let named = namedAtStart;
  for (const block of blocks) {
    const type = typeof block.type === 'string' ? block.type : '';
    if (type === 'heading') named = NAMES.test(tidy(textOf(block)));
    else if (type === 'paragraph') named ||= NAMES.test(tidy(textOf(block)));
    else if (LISTS.has(type) && named)
      found.push(
        ...children(block)
          .filter((item) => ITEMS.has(String(item.type)))
          .map((item) => tidy(textOf(item))),
      );
    else if (type === 'panel' || type === 'expand' || type === 'nestedExpand') found.push(...collect(children(block), named));
  }
  return found;
}
