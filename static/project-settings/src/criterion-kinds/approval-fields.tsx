import type { ApprovalCriterion } from '../../../../src/domain/criteria/approval/approval-schema';
import { PrincipalsEditor } from '../principals-editor';
import type { KindFieldsProps } from './kind-fields';

/** Who approves, and how many approvals the check needs. */
export function ApprovalFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<ApprovalCriterion>) {
  return (
    <>
      <PrincipalsEditor
        legend="Approvers"
        testId={`${prefix}-approvers`}
        value={criterion.approvers}
        roles={catalogs.projectRoles}
        // An empty choice stays a draft: saving names the missing approvers.
        onChange={(approvers) => onChange({ ...criterion, approvers: approvers ?? {} })}
      />
      <label className="cf-label">
        Approvals needed
        <input
          className="cf-field"
          type="number"
          min={1}
          max={20}
          value={criterion.count ?? 1}
          onChange={(e) => onChange({ ...criterion, count: Number(e.target.value) > 1 ? Number(e.target.value) : undefined })}
        />
      </label>
    </>
  );
}
