import { lazy, Suspense } from 'react';
import Spinner from '@atlaskit/spinner';
import type { NoteFormProps } from './note-form-body';
import { useT } from '../../shared/use-t';

// A waiver reason or approval comment is written after a click: its form (Atlaskit's text area,
// counter and messages) loads then, not with the panel.
const NoteFormBody = lazy(() => import('./note-form-body'));

/** A short written text (waiver reason, approval comment) with its limit; Escape cancels. */
export function NoteForm(props: NoteFormProps) {
  const t = useT();
  return (
    <Suspense fallback={<Spinner size="small" label={t('panel.openingForm')} />}>
      <NoteFormBody {...props} />
    </Suspense>
  );
}
