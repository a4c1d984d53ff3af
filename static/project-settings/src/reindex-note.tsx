import SectionMessage from '@atlaskit/section-message';
import { useT } from '../../shared/use-t';
import type { ReindexStatus } from './shared/types';

/** Where the re-index of the project's search summaries stands after a gate change: under way, failed, or just done. */
export function ReindexNote({ status, projectKey }: { status: ReindexStatus | undefined; projectKey: string }) {
  const t = useT();
  if (!status) return null;
  const values = { project: projectKey, checked: status.checked.toLocaleString(), written: status.written.toLocaleString() };
  const [appearance, text] =
    status.state === 'running'
      ? (['information', t('settings.reindex.running', values)] as const)
      : status.state === 'failed'
        ? (['warning', t('settings.reindex.failed', { ...values, problem: status.problem ?? '' })] as const)
        : (['success', t('settings.reindex.done', values)] as const);
  return (
    <div role="status" data-testid="reindex-note">
      <SectionMessage appearance={appearance}>{text}</SectionMessage>
    </div>
  );
}
