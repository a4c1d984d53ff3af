import React, { useState } from 'react';
import { AppFrame } from './app-frame';
import { isJiraError } from './api';
import { MacroConfigDialog } from './macro-config-dialog';
import { placedMacros, type PlacedMacro } from './macro-storage';
import { useModules } from './modules';
import { useTheme } from './theme-context';
import { Button, Card } from './ui';

interface PageRef {
  id: string;
  spaceId: string;
  version: { number: number };
  body?: { storage?: { value: string } };
}

interface Editing {
  macro: PlacedMacro;
  inserting: boolean;
}

const newLocalId = () => crypto.randomUUID();

/**
 * The app's macros placed on the page, each rendered from its resource in view mode with its own
 * `localId` and saved config (`extension.config`), as Confluence renders them. Insert and Edit
 * open the macro's config resource; `view.submit({ config })` saves the page as a new version.
 */
export function PageMacros({ page, spaceKey, saveMacro }: { page: PageRef; spaceKey: string; saveMacro(macro: PlacedMacro): Promise<void> }) {
  const macros = useModules('macro');
  const theme = useTheme();
  const [editing, setEditing] = useState<Editing | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const placed = placedMacros(
    page.body?.storage?.value ?? '',
    macros.map((m) => m.key),
  );
  const base = { content: { id: page.id, type: 'page' }, space: { id: page.spaceId, key: spaceKey } };
  const open = (next: Editing | undefined) => {
    setErrors([]);
    setEditing(next);
  };
  const submit = async (payload: unknown) => {
    if (!editing) return;
    const config = (payload as { config?: unknown } | undefined)?.config;
    if (typeof config !== 'object' || config === null) {
      setErrors(['The app submitted no config, so nothing was saved.']);
      return;
    }
    const values = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    try {
      await saveMacro({ ...editing.macro, config: values });
      setEditing(undefined);
    } catch (error) {
      setErrors(isJiraError(error) ? error.messages : [String(error)]);
    }
  };
  const editingModule = editing && macros.find((m) => m.key === editing.macro.moduleKey);
  return (
    <>
      {placed.map((p) => {
        const m = macros.find((x) => x.key === p.moduleKey);
        if (!m?.resources['default']) return null;
        return (
          <Card key={p.localId} title={m.title ?? m.key} testId={`macro-${m.key}-${p.localId}`}>
            <AppFrame
              module={m}
              resourceKey={m.resources['default']}
              theme={theme}
              localId={p.localId}
              title={`${m.title ?? m.key} (${p.localId.slice(0, 8)})`}
              extension={{ ...base, isEditing: false, config: p.config }}
            />
            {m.resources['config'] && (
              <Button onClick={() => open({ macro: p, inserting: false })} data-testid={`edit-macro-${p.localId}`}>
                Edit {m.title ?? m.key}
              </Button>
            )}
          </Card>
        );
      })}
      {macros
        .filter((m) => m.resources['default'])
        .map((m) => (
          <Button
            key={m.key}
            onClick={() => open({ macro: { moduleKey: m.key, localId: newLocalId(), config: {} }, inserting: true })}
            data-testid={`insert-macro-${m.key}`}
          >
            Insert {m.title ?? m.key}
          </Button>
        ))}
      {editing && editingModule?.resources['config'] && (
        <MacroConfigDialog
          module={editingModule}
          extension={{ ...base, config: editing.macro.config }}
          localId={editing.macro.localId}
          inserting={editing.inserting}
          errors={errors}
          onSubmit={submit}
          onClose={() => open(undefined)}
        />
      )}
    </>
  );
}
