/** Atlassian Document Format to plain text (one line per block) and back, for the chrome's field editor. */
export function adfToText(node: unknown): string {
  const n = node as { type?: string; text?: string; content?: unknown[] } | null;
  if (!n || typeof n !== 'object') return '';
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  const inner = (n.content ?? []).map(adfToText);
  const blocky = ['doc', 'bulletList', 'orderedList', 'table', 'tableRow'].includes(n.type ?? '');
  return blocky ? inner.filter((t) => t !== '').join('\n') : inner.join('');
}

export function textToAdf(text: string) {
  const paragraphs = text.split('\n').map((line) => ({ type: 'paragraph', content: line.trim() ? [{ type: 'text', text: line }] : [] }));
  return { type: 'doc', version: 1, content: paragraphs };
}
