import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { BehaviourRow } from './behaviour-row';
import { RiskList } from './risk-list';
import { HandoffText } from './rich-text-view';
import type { RichText } from '../../../src/domain/rich-text/rich-text';
import { gap, listReset, subtle } from './ui';
import type { HandoffView } from './types';
import { useT } from '../../shared/use-t';

const sectionHeading = { font: token('font.heading.xsmall'), margin: `${gap.l} 0 ${gap.s}`, color: token('color.text') };

function Part({ title, testId, empty, children }: { title: string; testId: string; empty: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <div data-testid={testId}>
      <h3 style={sectionHeading}>{title}</h3>
      {empty ? <p style={{ ...subtle, margin: 0, fontStyle: 'italic' }}>{t('handoff.notWritten')}</p> : children}
    </div>
  );
}

function Text({ text, adf, testId }: { text: string; adf: RichText | undefined; testId: string }) {
  return (
    <div style={{ margin: 0, font: token('font.body'), color: token('color.text') }}>
      <HandoffText text={text} adf={adf} testId={testId} />
    </div>
  );
}

interface HandoffReadProps {
  handoff: HandoffView;
  canVerify: boolean;
  busy: boolean;
  act: Act;
}

/** The package as QA scan it: summary, behaviours with their results, risks by severity, test data, release notes. */
export function HandoffRead({ handoff, canVerify, busy, act }: HandoffReadProps) {
  const t = useT();
  const behaviours = handoff.expectedBehaviours;
  const passed = behaviours.filter((b) => b.state === 'passed').length;
  return (
    <div>
      <Part title={t('handoffSection.summary')} testId="handoff-summary" empty={handoff.summary.trim() === ''}>
        <Text text={handoff.summary} adf={handoff.summaryAdf} testId="summary-text" />
      </Part>
      <Part
        title={
          behaviours.length
            ? t('handoff.behavioursPassed', { title: t('handoffSection.expectedBehaviours'), passed, total: behaviours.length })
            : t('handoffSection.expectedBehaviours')
        }
        testId="handoff-behaviours"
        empty={behaviours.length === 0}
      >
        <ol style={listReset} aria-label={t('handoffSection.expectedBehaviours')}>
          {behaviours.map((behaviour, i) => (
            <BehaviourRow key={behaviour.id} behaviour={behaviour} number={i + 1} canVerify={canVerify} busy={busy} act={act} />
          ))}
        </ol>
      </Part>
      <Part title={t('handoffSection.riskAreas')} testId="handoff-risks" empty={handoff.riskAreas.length === 0}>
        <RiskList risks={handoff.riskAreas} />
      </Part>
      <Part title={t('handoffSection.testData')} testId="handoff-test-data" empty={handoff.testData.trim() === ''}>
        <Text text={handoff.testData} adf={handoff.testDataAdf} testId="test-data-text" />
      </Part>
      <Part title={t('handoffSection.releaseNotes')} testId="handoff-release-notes" empty={handoff.releaseNotes.trim() === ''}>
        <Text text={handoff.releaseNotes} adf={handoff.releaseNotesAdf} testId="release-notes-text" />
      </Part>
    </div>
  );
}
