import { ds } from './ds';
import type { HandoffView } from '../../../src/resolvers/panel-data';
import { handoffSummary } from './context-summary';
import { useT } from '../../shared/use-t';
import { plural } from '../../shared/translate';

/** The QA handoff package in two lines: empty sections, behaviours QA verified. */
export function HandoffRow({ handoff }: { handoff: HandoffView }) {
  const t = useT();
  const { missing, verified, retest, behaviours } = handoffSummary(handoff);
  return (
    <section aria-label={t('context.handoff.title')} data-testid="context-handoff" style={{ borderTop: `1px solid ${ds.border}`, paddingTop: ds.space100 }}>
      <strong style={{ font: ds.fontHeadingXsmall }}>{t('context.handoff.title')}</strong>
      <div style={{ font: ds.fontBodySmall }}>
        {missing.length === 0
          ? t('context.handoff.complete')
          : t('context.handoff.missing', { sections: missing.map((section) => t(`handoffSection.${section}`)).join(', ') })}
      </div>
      <div style={{ font: ds.fontBodySmall, color: ds.textSubtle }}>
        {behaviours === 0 ? t('context.handoff.noBehaviours') : t('context.handoff.verified', { verified, total: behaviours })}
      </div>
      {retest > 0 ? (
        <div style={{ font: ds.fontBodySmall }} data-testid="context-retest">
          {plural(t, 'context.handoff.retest', retest)}
        </div>
      ) : null}
    </section>
  );
}
