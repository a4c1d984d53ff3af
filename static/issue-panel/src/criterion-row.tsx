import { useRef, useState, type RefObject } from 'react';
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

interface CriterionRowProps {
  gateId: string;
  criterion: CriterionView;
  busy: boolean;
  act: Act;
}

/** One check of a gate: status, why, how to fix it, who recorded what, and the allowed actions. */
export function CriterionRow({ gateId, criterion, busy, act }: CriterionRowProps) {
  const [error, setError] = useState<ResolverError>();
  const labelRef = useRef<HTMLElement>(null);
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
      style={{ padding: `${gap.m} 0`, borderTop: `${token('border.width')} solid ${token('color.border')}` }}
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
            {!criterion.required ? <Lozenge>Optional</Lozenge> : null}
          </Row>
          {/* The verdict's reason names tickers and waivers by accountId: the records below name them properly. */}
          {(criterion.kind === 'manual' && criterion.tick) || (criterion.status === 'waived' && criterion.recordedWaiver) ? null : (
            <div style={{ ...subtle, marginTop: gap.xs }}>{criterion.reason}</div>
          )}
          {criterion.status === 'failed' && criterion.hint ? (
            <div style={{ font: token('font.body.small'), marginTop: gap.xs, color: token('color.text') }}>
              <strong>Fix:</strong> {criterion.hint}
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
