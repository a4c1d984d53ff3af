import type { Draft } from './draft';
import { formattedPayload } from './formatted-text';
import { HandoffRead } from './handoff-read';
import type { HandoffView } from './types';

/** The draft as QA will read it once saved: formatting applied, no results yet. */
export function previewView(draft: Draft): HandoffView {
  const section = (source: string) => formattedPayload(source);
  const [summary, testData, releaseNotes] = [section(draft.summary), section(draft.testData), section(draft.releaseNotes)];
  const filled = <T extends { text: string }>(rows: T[]) => rows.filter((r) => r.text.trim() !== '');
  return {
    summary: summary.text,
    ...(summary.adf ? { summaryAdf: summary.adf } : {}),
    expectedBehaviours: filled(draft.behaviours).map((b) => ({ id: b.id ?? b.key, ...formattedPayload(b.text), state: 'untested' as const })),
    riskAreas: filled(draft.risks).map((r) => ({ id: r.id ?? r.key, ...formattedPayload(r.text), severity: r.severity })),
    testData: testData.text,
    ...(testData.adf ? { testDataAdf: testData.adf } : {}),
    releaseNotes: releaseNotes.text,
    ...(releaseNotes.adf ? { releaseNotesAdf: releaseNotes.adf } : {}),
  };
}

const nothing = async () => ({ ok: false as const, error: { code: 'BAD_INPUT' as const, message: '' } });

/** The edit form's Preview: the package drawn from the draft, read-only. */
export function HandoffPreview({ draft }: { draft: Draft }) {
  return (
    <div data-testid="handoff-preview">
      <HandoffRead handoff={previewView(draft)} canVerify={false} busy act={nothing} />
    </div>
  );
}
