import { ByWhom } from './person-name';
import { SafeText } from './safe-text';
import { Meta } from './ui';
import type { CriterionView } from './types';
import { useT } from '../../shared/use-t';

/** Who ticked, approved or waived a criterion, and what they wrote. */
export function CriterionRecords({ criterion }: { criterion: CriterionView }) {
  const t = useT();
  const { tick, approvals, recordedWaiver } = criterion;
  return (
    <>
      {tick && criterion.kind === 'manual' ? (
        <Meta testId={`tick-${criterion.id}`}>
          <ByWhom verb={t('records.ticked')} accountId={tick.accountId} at={tick.at} />
        </Meta>
      ) : null}
      {approvals.map((approval) => (
        <Meta key={approval.accountId} testId={`approval-${criterion.id}`}>
          <ByWhom verb={t('records.approved')} accountId={approval.accountId} at={approval.at} />
          {approval.comment ? (
            <>
              : “<SafeText text={approval.comment} />”
            </>
          ) : null}
        </Meta>
      ))}
      {recordedWaiver ? (
        <Meta testId={`waiver-${criterion.id}`}>
          <ByWhom verb={t('records.waived')} accountId={recordedWaiver.accountId} at={recordedWaiver.at} />: “<SafeText text={recordedWaiver.reason} />”
          {criterion.status !== 'waived' ? ` ${t('records.waiverLapsed')}` : ''}
        </Meta>
      ) : null}
    </>
  );
}
