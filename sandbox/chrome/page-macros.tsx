import React from 'react';
import { AppFrame } from './app-frame';
import { useModules } from './modules';
import { useTheme } from './theme-context';
import { Card } from './ui';

interface PageRef {
  id: string;
  spaceId: string;
  version: { number: number };
}

/**
 * The app's macros placed on a page, each rendered from its resource as Confluence renders a
 * macro in view mode. The sandbox places one instance of each macro module, with a stable
 * localId per page and module, where the page's placeholder stands.
 */
export function PageMacros({ page, spaceKey }: { page: PageRef; spaceKey: string }) {
  const macros = useModules('macro');
  const theme = useTheme();
  return (
    <>
      {macros.map((m) =>
        m.resources['default'] ? (
          <Card key={m.key} title={m.title ?? m.key} testId={`macro-${m.key}`}>
            <AppFrame
              module={m}
              resourceKey={m.resources['default']}
              theme={theme}
              extension={{
                content: { id: page.id, type: 'page' },
                space: { id: page.spaceId, key: spaceKey },
                localId: `${m.key}-${page.id}`,
                isEditing: false,
                config: {},
              }}
            />
          </Card>
        ) : null,
      )}
    </>
  );
}
