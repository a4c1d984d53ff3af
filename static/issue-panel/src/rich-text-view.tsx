import { Fragment, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { SAFE_HREF, isList, type RichBlock, type RichInline, type RichText, type RichTextNode } from '../../../src/domain/rich-text/rich-text';
import { SafeText } from './safe-text';

const gapBelow = { margin: `0 0 ${token('space.100')}` };
/** Line breaks stay in the text (as plain text keeps them), so copying a section keeps its lines. */
const paragraphStyle = { ...gapBelow, whiteSpace: 'pre-wrap' } as const;

function marked(node: RichTextNode): ReactNode {
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') out = <strong>{out}</strong>;
    else if (mark.type === 'em') out = <em>{out}</em>;
    else if (mark.type === 'code') out = <code className="ss-code">{out}</code>;
    // The stored formatting allows only web and mail addresses; anything else shows as its text.
    else if (mark.type === 'link' && SAFE_HREF.test(mark.attrs.href))
      out = (
        <a href={mark.attrs.href} target="_blank" rel="noopener noreferrer nofollow" className="ss-link">
          {out}
        </a>
      );
  }
  return out;
}

const inline = (content: readonly RichInline[] | undefined) =>
  (content ?? []).map((node, i) => <Fragment key={i}>{node.type === 'hardBreak' ? '\n' : node.type === 'text' ? marked(node) : null}</Fragment>);

function block(node: RichBlock, key: number): ReactNode {
  if (node.type === 'paragraph')
    return (
      <div key={key} style={paragraphStyle}>
        {inline(node.content)}
      </div>
    );
  if (node.type === 'codeBlock')
    return (
      <pre key={key} className="ss-code-block" style={gapBelow}>
        <code>{(node.content ?? []).map((t) => t.text).join('')}</code>
      </pre>
    );
  if (!isList(node)) return null;
  const items = node.content.map((item, i) => <li key={i}>{item.content.map(block)}</li>);
  return node.type === 'orderedList' ? (
    <ol key={key} start={node.attrs?.order ?? 1} style={gapBelow}>
      {items}
    </ol>
  ) : (
    <ul key={key} style={gapBelow}>
      {items}
    </ul>
  );
}

/**
 * A handoff text: its formatting when its author used some (only the nodes and marks the
 * records allow are drawn, each as a React element: no HTML is ever parsed), else the plain
 * text with its line breaks and web addresses.
 */
export function HandoffText({ text, adf, testId }: { text: string; adf?: RichText | undefined; testId?: string }) {
  if (!adf) return <SafeText text={text} {...(testId ? { testId } : {})} />;
  return (
    <div data-testid={testId} className="ss-rich-text" style={{ overflowWrap: 'anywhere' }}>
      {adf.content.map(block)}
    </div>
  );
}
