import React, { useEffect, useRef } from 'react';
import { token } from '@atlaskit/tokens';
import { Blanket, Button, space } from './ui';

/** Shown when a transition fails, with Jira's message as it came (workflow validators use line breaks). */
export function BlockedDialog({ title, messages, onClose }: { title: string; messages: string[]; onClose(): void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <Blanket padding="10vh 0 0">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="blocked-title"
        aria-describedby="blocked-message"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
        style={{
          background: token('elevation.surface.overlay'),
          boxShadow: token('elevation.shadow.overlay'),
          borderRadius: 6,
          padding: space(300),
          width: 'min(640px, 90vw)',
        }}
      >
        <h2 id="blocked-title" style={{ font: token('font.heading.medium'), marginTop: 0, color: token('color.text') }}>
          {title}
        </h2>
        <div id="blocked-message" data-testid="transition-error" style={{ whiteSpace: 'pre-wrap', color: token('color.text'), font: token('font.body') }}>
          {messages.join('\n')}
        </div>
        <div style={{ textAlign: 'right', marginTop: space(300) }}>
          <Button ref={closeRef} appearance="primary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Blanket>
  );
}
