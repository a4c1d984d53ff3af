import type { Criterion } from '../shared/types';
import { ownEntry } from '../../../../src/domain/own-entry';
import type { KindFields, KindFieldsProps } from './kind-fields';
import { KIND_FIELDS } from './kind-fields-table';

/** The fields of the criterion's own kind (none for a kind that has only the common ones). */
export function KindFieldsFor(props: KindFieldsProps<Criterion>) {
  const Fields = ownEntry(KIND_FIELDS, props.criterion.kind) as KindFields<Criterion> | undefined;
  return Fields ? <Fields {...props} /> : null;
}
