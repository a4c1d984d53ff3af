import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { callResolver } from '../../shared/call-resolver';
import { ErrorMessage, type ShownError } from '../../shared/error-message';
import { plural } from '../../shared/translate';
import { useT } from '../../shared/use-t';
import type { ExportPart, InsightsData } from './types';

type Kind = 'weeks' | 'events';

/** Every part of one export, asked for one after another (an events export comes in parts). */
async function exportAll(
  kind: Kind,
  data: InsightsData,
): Promise<{ ok: true; fileName: string; csv: string; leftOut: number } | { ok: false; error: ShownError }> {
  let csv = '';
  let leftOut = 0;
  let cursor: ExportPart['next'];
  let fileName = '';
  do {
    // Weekly figures are the shown gate's; events are every gate's (and QA's verifications), for the team's own analysis.
    const gate = kind === 'weeks' && data.gateId ? { gateId: data.gateId } : {};
    const answer = await callResolver<ExportPart>('page', 'exportInsights', { kind, ...gate, weeks: data.period.weeks, ...(cursor ? { cursor } : {}) });
    if (!answer.ok) return answer;
    ({ fileName } = answer.data);
    csv += answer.data.csv;
    leftOut += answer.data.leftOut;
    cursor = answer.data.next;
  } while (cursor);
  return { ok: true, fileName, csv, leftOut };
}

/** The weekly figures and the period's events as CSV files, for a team's own analysis. */
export function ExportButtons({ data }: { data: InsightsData }) {
  const t = useT();
  const [busy, setBusy] = useState<Kind | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [error, setError] = useState<ShownError | undefined>();
  const run = async (kind: Kind) => {
    setBusy(kind);
    setError(undefined);
    const result = await exportAll(kind, data);
    setBusy(undefined);
    if (!result.ok) return setError(result.error);
    const url = URL.createObjectURL(new Blob([result.csv], { type: 'text/csv;charset=utf-8' }));
    Object.assign(document.createElement('a'), { href: url, download: result.fileName }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const rows = Math.max(0, result.csv.split('\r\n').length - 2);
    setDone(`${t('insights.export.done', { file: result.fileName, rows })}${result.leftOut ? ` ${plural(t, 'insights.export.leftOut', result.leftOut)}` : ''}`);
  };
  return (
    <section className="ins-export" aria-label={t('insights.export.title')}>
      <Button testId="export-weeks" isDisabled={busy !== undefined} onClick={() => void run('weeks')}>
        {t('insights.export.weeks')}
      </Button>
      <Button testId="export-events" isDisabled={busy !== undefined} onClick={() => void run('events')}>
        {t('insights.export.events')}
      </Button>
      {done && (
        <span role="status" className="ins-muted" data-testid="export-done">
          {done}
        </span>
      )}
      {error && <ErrorMessage error={error} testId="export-error" />}
    </section>
  );
}
