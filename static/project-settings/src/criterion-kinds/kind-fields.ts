import type { JSX } from 'react';
import type { Catalogs } from '../shared/types';

/** The editor fields one kind of criterion adds to the common ones (label, required, hint, waivers). */
export interface KindFieldsProps<C> {
  criterion: C;
  catalogs: Catalogs;
  onChange: (criterion: C) => void;
  /** Prefix of the fields' test ids, e.g. `criterion-2`. */
  prefix: string;
}

/** A kind's fields, or `null` for a kind with nothing to set beyond the common fields. */
export type KindFields<C> = ((props: KindFieldsProps<C>) => JSX.Element) | null;

export const commaList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
