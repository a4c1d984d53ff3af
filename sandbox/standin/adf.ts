/** Small builders for Atlassian Document Format values (descriptions, textarea fields). */
import type { AdfDoc } from './standin-data';

type Node = Record<string, unknown>;

export const text = (value: string, marks?: string[]): Node =>
  marks ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value };
export const paragraph = (...content: Array<string | Node>): Node => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});
export const heading = (level: number, value: string): Node => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const bulletList = (...items: string[]): Node => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});
export const doc = (...content: Node[]): AdfDoc => ({ type: 'doc', version: 1, content });

/** What Jira stores when someone clears a description but leaves blank lines behind. */
export const blankDoc = (): AdfDoc => doc({ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'hardBreak' }] }, { type: 'paragraph', content: [] });
