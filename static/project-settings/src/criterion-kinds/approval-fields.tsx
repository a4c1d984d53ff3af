import type { ApprovalCriterion } from '../../../../src/domain/criteria/approval/approval-schema';
import { PrincipalsEditor } from '../principals-editor';
import type { KindFieldsProps } from './kind-fields';
import { TextField } from '../../../shared/text-field';
import { useT } from '../../../shared/use-t';

/** Who approves, and how many approvals the check needs. */
export function ApprovalFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<ApprovalCriterion>) {
  const t = useT();
  return (
    <>
      <PrincipalsEditor
        legend={t('kindFields.approvers')}
        testId={`${prefix}-approvers`}
        value={criterion.approvers}
        roles={catalogs.projectRoles}
        // An empty choice stays a draft: saving names the missing approvers.
        onChange={(approvers) => onChange({ ...criterion, approvers: approvers ?? {} })}
      />
      <TextField
        id={`${prefix}-count`}
        label={t('kindFields.approvalsNeeded')}
        type="number"
        min={1}
        max={20}
        value={String(criterion.count ?? 1)}
        onChange={(text) => onChange({ ...criterion, count: Number(text) > 1 ? Number(text) : undefined })}
      />
    </>
  );
}
