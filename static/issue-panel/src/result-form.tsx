import { lazy, Suspense } from 'react';
import Spinner from '@atlaskit/spinner';
import type { ResultFormProps } from './result-form-body';
import { useT } from '../../shared/use-t';

// QA's result form (environment, note, files and links) loads when QA open it, not with the panel.
const ResultFormBody = lazy(() => import('./result-form-body'));

/** QA's Passed or Failed with where they verified, a note and evidence; Escape cancels. */
export function ResultForm(props: ResultFormProps) {
  const t = useT();
  return (
    <Suspense fallback={<Spinner size="small" label={t('panel.openingForm')} />}>
      <ResultFormBody {...props} />
    </Suspense>
  );
}
