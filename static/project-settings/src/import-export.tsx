import { ExportGatesFile } from './export-gates-file';
import { ImportGatesFile } from './import-gates-file';
import type { GateSetState } from './shared/types';

/** Move the project's gates between projects and sites as a v1 file. */
export function ImportExport({ revision, onImported }: { revision: number; onImported: (state: GateSetState) => void }) {
  return (
    <section aria-label="Import and export">
      <h2>Import and export</h2>
      <ExportGatesFile />
      <ImportGatesFile revision={revision} onImported={onImported} />
    </section>
  );
}
