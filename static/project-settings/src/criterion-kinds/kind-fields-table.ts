import type { CriterionKind, CriterionOfKind } from '../../../../src/domain/criteria/kind-catalog';
import type { KindFields } from './kind-fields';
import { FieldSetFields } from './field-set-fields';
import { LabelsFields } from './labels-fields';
import { LinksResolvedFields } from './links-resolved-fields';
import { ApprovalFields } from './approval-fields';
import { HandoffCompleteFields } from './handoff-complete-fields';
import { DecisionsSettledFields } from './decisions-settled-fields';

/** Every registered kind's editor fields: a kind added in src/domain/criteria/kinds.ts does not compile until it has an entry here. */
export const KIND_FIELDS: { readonly [K in CriterionKind]: KindFields<CriterionOfKind<K>> } = {
  'field-set': FieldSetFields,
  labels: LabelsFields,
  'subtasks-done': null,
  'links-resolved': LinksResolvedFields,
  manual: null,
  approval: ApprovalFields,
  'handoff-complete': HandoffCompleteFields,
  'behaviours-verified': null,
  'decisions-settled': DecisionsSettledFields,
};
