import { lazy, Suspense } from 'react';
import Spinner from '@atlaskit/spinner';
import type { NoteFormProps } from './note-form-body';

// A waiver reason or approval comment is written after a click: its form (Atlaskit's text area,
// counter and messages) loads then, not with the panel.
const NoteFormBody = lazy(() => import('./note-form-body'));

/** A short written text (waiver reason, approval comment) with its limit; Escape cancels. */
export function NoteForm(props: NoteFormProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the form" />}>
      <NoteFormBody {...props} />
    </Suspense>
  );
}
