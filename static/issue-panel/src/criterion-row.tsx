import { useEffect, useRef, useState, type RefObject } from 'react';
import { Lozenge } from '../../shared/lozenge';
import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { CriterionActions } from './criterion-actions';
import { CriterionRecords } from './criterion-records';
import { ErrorMessage } from '../../shared/error-message';
import { StatusLozenge } from './status-lozenge';
import { TickBox } from './tick-box';
import { Row, gap, subtle } from './ui';
import type { CriterionView, ResolverError } from './types';
import type { WriteName } from './use-panel';
import { useT } from '../../shared/use-t';

interface CriterionRowProps {
  gateId: string;
  criterion: CriterionView;
  /** Set (and changed on each ask) when the context view asked to see this check. */
  shownAt?: number;
  busy: boolean;
  act: Act;
}

/** One check of a gate: status, why, how to fix it, who recorded what, and the allowed actions. */
export function CriterionRow({ gateId, criterion, shownAt, busy, act }: CriterionRowProps) {
  const t = useT();
  const [error, setError] = useState<ResolverError>();
  const labelRef = useRef<HTMLElement>(null);
  // Asked for from the context view: the check takes the focus (which scrolls it into view) and stands out for a moment.
  const [fadedAsk, setFadedAsk] = useState<number>();
  const highlighted = shownAt !== undefined && fadedAsk !== shownAt;
  useEffect(() => {
    if (shownAt === undefined) return;
    labelRef.current?.focus();
    const fade = setTimeout(() => setFadedAsk(shownAt), 4000);
    return () => clearTimeout(fade);
  }, [shownAt]);
  const focusRow = () => setTimeout(() => labelRef.current?.focus(), 0);
  const run = async (name: WriteName, payload: Record<string, unknown>, done: string) => {
    const answer = await act(name, { gateId, criterionId: criterion.id, ...payload }, done);
    setError(answer.ok ? undefined : answer.error);
    if (answer.ok) focusRow();
    return answer.ok;
  };
  // A waived check needs no tick: it shows as waived, with the waiver below.
  const manualTick = criterion.kind === 'manual' && criterion.canTick && criterion.status !== 'waived';
  return (
    <li
      data-testid={`criterion-${gateId}-${criterion.id}`}
      data-status={criterion.status}
      data-shown={highlighted ? '' : undefined}
      style={{
        // Padded as far as it is pulled out: the text stays in line, and a highlight has room around it.
        padding: `${gap.m} ${gap.s}`,
        margin: `0 calc(-1 * ${gap.s})`,
        borderTop: `${token('border.width')} solid ${token('color.border')}`,
        ...(highlighted ? { background: token('color.background.selected'), borderRadius: token('radius.small') } : {}),
      }}
    >
      <Row style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
        <span style={{ minWidth: 64 }}>
          <StatusLozenge status={criterion.status} />
        </span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Row>
            {manualTick ? (
              <TickBox
                id={`tick-${gateId}-${criterion.id}`}
                label={criterion.label}
                ticked={Boolean(criterion.tick)}
                busy={busy}
                labelRef={labelRef as RefObject<HTMLInputElement>}
                onChange={(ticked) => run('setTick', { ticked }, ticked ? `“${criterion.label}” ticked.` : `“${criterion.label}” unticked.`)}
              />
            ) : (
              <span ref={labelRef as RefObject<HTMLSpanElement>} tabIndex={-1} className="ss-focusable" style={{ font: token('font.body'), fontWeight: 600 }}>
                {criterion.label}
              </span>
            )}
            {!criterion.required ? <Lozenge>{t('panel.optional')}</Lozenge> : null}
          </Row>
          {/* The verdict's reason names tickers and waivers by accountId: the records below name them properly. */}
          {(criterion.kind === 'manual' && criterion.tick) || (criterion.status === 'waived' && criterion.recordedWaiver) ? null : (
            <div style={{ ...subtle, marginTop: gap.xs }}>{criterion.reason}</div>
          )}
          {criterion.status === 'failed' && criterion.hint ? (
            <div style={{ font: token('font.body.small'), marginTop: gap.xs, color: token('color.text') }}>
              <strong>{t('panel.fix')}</strong> {criterion.hint}
            </div>
          ) : null}
          <CriterionRecords criterion={criterion} />
          <CriterionActions criterion={criterion} busy={busy} run={run} focusRow={focusRow} {...(error ? { error } : {})} />
          {error ? (
            <div style={{ marginTop: gap.s }}>
              <ErrorMessage error={error} testId={`criterion-error-${criterion.id}`} />
            </div>
          ) : null}
        </div>
      </Row>
    </li>
  );
}
