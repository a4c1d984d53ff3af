import React, { useEffect, useRef } from 'react';
import { token } from '@atlaskit/tokens';
import { AppFrame } from './app-frame';
import { useTheme } from './theme-context';
import { Blanket, Button, ErrorText, space } from './ui';
import type { CustomUiModuleInfo } from './types';

interface Props {
  module: CustomUiModuleInfo;
  extension: Record<string, unknown>;
  localId: string;
  inserting: boolean;
  errors: string[];
  /** What the config app passed to `view.submit` (`{ config }`). */
  onSubmit(payload: unknown): Promise<void>;
  onClose(): void;
}

/** The macro's custom config modal, as Confluence's editor opens it: the `config` resource, closed by `view.submit` or `view.close`. */
export function MacroConfigDialog({ module, extension, localId, inserting, errors, onSubmit, onClose }: Props) {
  const theme = useTheme();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    dialog.current?.focus();
    return () => opener?.focus();
  }, []);
  const title = `${inserting ? 'Insert' : 'Edit'} ${module.title ?? module.key}`;
  return (
    <Blanket padding={space(400)}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        data-testid="macro-config-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
        style={{
          background: token('elevation.surface.overlay'),
          boxShadow: token('elevation.shadow.overlay'),
          borderRadius: token('radius.large', '8px'),
          width: 'min(1100px, 100%)',
          maxHeight: '90vh',
          overflow: 'auto',
          padding: space(300),
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <h2 style={{ font: token('font.heading.medium'), margin: 0 }}>{title}</h2>
          <Button onClick={onClose}>Close</Button>
        </div>
        <ErrorText messages={errors} />
        <AppFrame
          module={module}
          resourceKey={module.resources['config'] as string}
          theme={theme}
          title={`${title} settings`}
          localId={localId}
          extension={{ ...extension, isEditing: true, macro: { isConfiguring: true, isInserting: inserting } }}
          onSubmit={(payload) => onSubmit(payload)}
          onClose={onClose}
        />
      </div>
    </Blanket>
  );
}
