import React from 'react';
import { token } from '@atlaskit/tokens';

/** Small building blocks styled with Atlassian design tokens, so light and dark both work. */
type SpaceToken = 'space.050' | 'space.075' | 'space.100' | 'space.150' | 'space.200' | 'space.300' | 'space.400';
export const space = (n: 50 | 75 | 100 | 150 | 200 | 300 | 400) => token(`space.${String(n).padStart(3, '0')}` as SpaceToken);

export function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section
      data-testid={testId}
      aria-label={title}
      style={{
        border: `1px solid ${token('color.border')}`,
        borderRadius: 6,
        padding: space(200),
        marginBottom: space(200),
        background: token('elevation.surface'),
      }}
    >
      <h2 style={{ font: token('font.heading.small'), margin: `0 0 ${space(100)}` }}>{title}</h2>
      {children}
    </section>
  );
}

const CATEGORY_COLOURS: Record<string, [string, string]> = {
  new: ['color.background.neutral', 'color.text'],
  indeterminate: ['color.background.information', 'color.text.information'],
  done: ['color.background.success', 'color.text.success'],
};

export function StatusLozenge({ name, category }: { name: string; category: string }) {
  const [bg, fg] = CATEGORY_COLOURS[category] ?? CATEGORY_COLOURS['new']!;
  return (
    <span
      data-testid="status"
      style={{
        background: token(bg as 'color.background.neutral'),
        color: token(fg as 'color.text'),
        font: token('font.body.small'),
        fontWeight: 700,
        textTransform: 'uppercase',
        padding: '2px 6px',
        borderRadius: 3,
      }}
    >
      {name}
    </span>
  );
}

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: 'primary' | 'default' | 'subtle' | 'danger' };

export const Button = React.forwardRef<HTMLButtonElement, ButtonProps>(function Button(props, ref) {
  const { appearance = 'default', style, ...rest } = props;
  const colours = {
    primary: [token('color.background.brand.bold'), token('color.text.inverse')],
    default: [token('color.background.neutral'), token('color.text')],
    subtle: ['transparent', token('color.text.subtle')],
    danger: [token('color.background.danger.bold'), token('color.text.inverse')],
  }[appearance];
  return (
    <button
      ref={ref}
      type="button"
      {...rest}
      style={{
        background: colours[0],
        color: colours[1],
        border: 'none',
        borderRadius: 3,
        padding: `${space(50)} ${space(150)}`,
        font: token('font.body'),
        fontWeight: 500,
        cursor: 'pointer',
        ...style,
      }}
    />
  );
});

export function ErrorText({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" style={{ color: token('color.text.danger'), margin: `${space(100)} 0` }}>
      {messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}

/** The dimmed page behind a sandbox dialog, which sits near its top. */
export function Blanket({ padding, children }: { padding: string; children: React.ReactNode }) {
  return (
    <div
      style={{
        position: 'fixed',
        inset: 0,
        background: token('color.blanket'),
        display: 'flex',
        alignItems: 'flex-start',
        justifyContent: 'center',
        padding,
        zIndex: 10,
      }}
    >
      {children}
    </div>
  );
}
