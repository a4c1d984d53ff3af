import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import { ErrorMessage } from '../../shared/error-message';
import { plural } from '../../shared/translate';
import { useT } from '../../shared/use-t';
import { callResolver } from './call-resolver';
import { newKey, type DraftRow } from './draft';
import type { ResolverError } from './types';
import { gap, Meta, Row } from './ui';

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

interface Props {
  behaviours: DraftRow[];
  max: number;
  onAdd(rows: DraftRow[]): void;
}

/**
 * "Import from description": the acceptance criteria the item's description lists, not yet among
 * the behaviours, each to pick; the picked ones become draft rows for the engineer to word and save.
 */
export function ImportBehaviours({ behaviours, max, onAdd }: Props) {
  const t = useT();
  const [proposals, setProposals] = useState<string[]>();
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<ResolverError>();
  const [added, setAdded] = useState<number>();
  const room = Math.max(0, max - behaviours.filter((b) => b.text.trim() !== '').length);

  const read = async () => {
    setReading(true);
    setAdded(undefined);
    const answer = await callResolver('getPanel', { withAcceptanceCriteria: true });
    setReading(false);
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    const fresh = (answer.data.acceptanceCriteria ?? []).filter((text) => !behaviours.some((b) => same(b.text, text)));
    setProposals(fresh);
    setPicked(new Set(fresh.map((_, i) => i).slice(0, room)));
  };
  const add = () => {
    const rows = (proposals ?? []).filter((_, i) => picked.has(i)).slice(0, room);
    onAdd(rows.map((text) => ({ key: newKey(), text })));
    setAdded(rows.length);
    setProposals(undefined);
  };
  const toggle = (i: number, on: boolean) => setPicked((was) => new Set(on ? [...was, i] : [...was].filter((j) => j !== i)));

  return (
    <div data-testid="import-behaviours" style={{ margin: `${gap.s} 0` }}>
      {proposals === undefined ? (
        <Button onClick={() => void read()} isDisabled={reading} testId="import-from-description">
          {reading ? t('handoff.import.reading') : t('handoff.import.button')}
        </Button>
      ) : proposals.length === 0 ? (
        <Meta testId="import-none">{t('handoff.import.none')}</Meta>
      ) : (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t('handoff.import.legend')}</legend>
          {proposals.map((text, i) => (
            <Checkbox key={text} id={`import-${i}`} label={text} isChecked={picked.has(i)} onChange={(event) => toggle(i, event.target.checked)} />
          ))}
          {picked.size > room ? <Meta>{t('handoff.import.full', { room })}</Meta> : null}
          <Row>
            <Button appearance="primary" isDisabled={picked.size === 0 || room === 0} onClick={add} testId="import-add">
              {plural(t, 'handoff.import.add', Math.min(picked.size, room))}
            </Button>
          </Row>
        </fieldset>
      )}
      {added !== undefined ? (
        <p role="status" data-testid="import-added">
          {plural(t, 'handoff.import.added', added)}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} testId="import-error" /> : null}
    </div>
  );
}
