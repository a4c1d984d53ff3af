import { token } from '@atlaskit/tokens';
import { SignOffLozenge, StatusLozenge } from '../../shared/decision-lozenges';
import { FillNodes } from '../../shared/fill-nodes';
import { useT } from '../../shared/use-t';
import { plural } from '../../shared/translate';
import { PersonName } from './person-name';
import { Meta, Row, gap, listReset, subtle } from './ui';
import type { PanelData } from './types';

type Decisions = NonNullable<PanelData['decisions']>;
type Shown = Decisions['shown'][number];

function DecisionRow({ decision }: { decision: Shown }) {
  const t = useT();
  const page = decision.pageUrl ? (
    <a href={decision.pageUrl} target="_blank" rel="noopener noreferrer" className="ss-link">
      {decision.pageTitle}
    </a>
  ) : (
    <span>{decision.pageTitle}</span>
  );
  return (
    <li data-testid={`decision-${decision.pageId}-${decision.id}`} style={{ padding: `${gap.s} 0` }}>
      <Row>
        <span style={{ font: token('font.body'), color: token('color.text'), fontWeight: 600 }}>{decision.title}</span>
        <StatusLozenge status={decision.status} />
        <SignOffLozenge standing={decision.signOff} />
      </Row>
      <Meta>
        <FillNodes text={t('panel.decisions.where')} parts={{ approver: <PersonName accountId={decision.approver} />, page }} />
      </Meta>
    </li>
  );
}

/** The DACI decisions in Confluence specs that link this work item, as far as the viewer may see them. */
export function DecisionsSection({ decisions }: { decisions: PanelData['decisions'] }) {
  const t = useT();
  if (!decisions) return null;
  const { shown, hidden, omitted, state } = decisions;
  if (state === 'read' && shown.length === 0 && hidden === 0 && omitted === 0) return null;
  return (
    <section aria-labelledby="decisions-heading" data-testid="decisions" style={{ marginBottom: gap.xl }}>
      <h2 id="decisions-heading" style={{ font: token('font.heading.medium'), margin: `0 0 ${gap.m}`, color: token('color.text') }}>
        {t('panel.decisions.heading')}
      </h2>
      {state === 'unreadable' ? <p style={subtle}>{t('panel.decisions.unreadable')}</p> : null}
      <ul style={listReset}>
        {shown.map((d) => (
          <DecisionRow key={`${d.pageId}/${d.id}`} decision={d} />
        ))}
      </ul>
      {hidden > 0 ? (
        <p style={subtle} data-testid="decisions-hidden">
          {plural(t, 'panel.decisions.hidden', hidden)}
        </p>
      ) : null}
      {omitted > 0 ? <p style={subtle}>{plural(t, 'panel.decisions.omitted', omitted)}</p> : null}
    </section>
  );
}
