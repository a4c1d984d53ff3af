import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { MoveButtons } from '../../shared/move-buttons';
import { token } from '@atlaskit/tokens';
import { moved, newKey, type DraftRow } from './draft';
import { RECORD_LIMITS } from '../../../src/domain/records/record-limit-values';
import type { FieldProblems } from './field-problems';
import { TextAreaField } from '../../shared/text-area-field';
import { Row, gap, listReset } from './ui';
import { ownEntry } from '../../../src/domain/own-entry';
import { useT } from '../../shared/use-t';

interface RowsEditorProps<T extends DraftRow> {
  /** Which rows: names each row and the buttons (rows.behaviour.*, rows.risk.*). */
  noun: 'behaviour' | 'risk';
  idPrefix: string;
  rows: T[];
  max: number;
  problems: FieldProblems;
  blank(): Omit<T, 'key'>;
  onChange(rows: T[]): void;
  /** Extra controls of a row (e.g. the risk's severity). */
  extra?(row: T, index: number, update: (patch: Partial<T>) => void): ReactNode;
}

/** A list of text rows to add, remove and reorder; each row keeps its saved id. */
export function RowsEditor<T extends DraftRow>({ noun, idPrefix, rows, max, problems, blank, onChange, extra }: RowsEditorProps<T>) {
  const t = useT();
  const update = (index: number) => (patch: Partial<T>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    onChange([...rows, { ...blank(), key: newKey() } as T]);
    setTimeout(() => document.getElementById(`${idPrefix}-${rows.length}`)?.focus(), 0);
  };
  return (
    <div>
      <ol style={listReset}>
        {rows.map((row, i) => (
          <li
            key={row.key}
            data-testid={`${idPrefix}-row-${i}`}
            style={{ padding: `${gap.s} 0`, borderTop: i ? `${token('border.width')} solid ${token('color.border')}` : undefined }}
          >
            <TextAreaField
              id={`${idPrefix}-${i}`}
              label={t(`rows.${noun}.label`, { number: i + 1 })}
              value={row.text}
              rows={2}
              limit={RECORD_LIMITS.entryCharacters}
              onChange={(text) => update(i)({ text } as Partial<T>)}
              {...(ownEntry(problems, row.key) ? { error: ownEntry(problems, row.key)! } : {})}
            />
            <Row>
              {extra?.(row, i, update(i))}
              <MoveButtons
                name={t(`rows.${noun}.name`, { number: i + 1 })}
                index={i}
                count={rows.length}
                onMove={(to) => onChange(moved(rows, i, to < i ? -1 : 1))}
              />
              <Button
                spacing="compact"
                appearance="subtle"
                aria-label={t(`rows.${noun}.remove`, { number: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('rows.remove')}
              </Button>
            </Row>
          </li>
        ))}
      </ol>
      <Button isDisabled={rows.length >= max} onClick={add}>
        {t(`rows.${noun}.add`)}
      </Button>
    </div>
  );
}
