import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

type Appearance = 'information' | 'warning' | 'error' | 'success';

const COLOURS: Record<Appearance, { background: string; icon: string; glyph: string }> = {
  information: { background: token('color.background.information'), icon: token('color.icon.information'), glyph: 'i' },
  warning: { background: token('color.background.warning'), icon: token('color.icon.warning'), glyph: '!' },
  error: { background: token('color.background.danger'), icon: token('color.icon.danger'), glyph: '!' },
  success: { background: token('color.background.success'), icon: token('color.icon.success'), glyph: '✓' },
};

/** Atlaskit's section message look: a tinted box with an icon, a title and the message. */
export function SectionMessage({ appearance, title, children }: { appearance: Appearance; title: string; children: ReactNode }) {
  const colours = COLOURS[appearance];
  return (
    <section
      aria-label={title}
      style={{
        display: 'flex',
        gap: token('space.200'),
        padding: token('space.200'),
        borderRadius: token('radius.small'),
        background: colours.background,
        color: token('color.text'),
      }}
    >
      <span
        aria-hidden
        style={{
          flex: 'none',
          width: 20,
          height: 20,
          borderRadius: '50%',
          background: colours.icon,
          color: token('color.text.inverse'),
          font: token('font.body.small'),
          fontWeight: 700,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        {colours.glyph}
      </span>
      <div style={{ minWidth: 0 }}>
        <h4 style={{ font: token('font.heading.xsmall'), margin: `0 0 ${token('space.050')}`, color: token('color.text') }}>{title}</h4>
        <div style={{ font: token('font.body') }}>{children}</div>
      </div>
    </section>
  );
}
