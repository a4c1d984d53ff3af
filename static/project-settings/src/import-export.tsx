import { ExportGatesFile } from './export-gates-file';
import { ImportGatesFile } from './import-gates-file';
import type { GateSetState } from './shared/types';
import { useT } from '../../shared/use-t';

/** Move the project's gates between projects and sites as a v1 file. */
export function ImportExport({ revision, onImported }: { revision: number; onImported: (state: GateSetState) => void }) {
  const t = useT();
  return (
    <section aria-label={t('importExport.title')}>
      <h2>{t('importExport.title')}</h2>
      <ExportGatesFile />
      <ImportGatesFile revision={revision} onImported={onImported} />
    </section>
  );
}
