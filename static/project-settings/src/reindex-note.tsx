import SectionMessage from '@atlaskit/section-message';
import { useT } from '../../shared/use-t';
import type { ReindexStatus } from './shared/types';

/** Whose items a re-index covers: one project's, or every project the site's templates govern. */
export type ReindexScope = { projectKey: string } | 'site';

const PROJECT_KEYS = { running: 'settings.reindex.running', failed: 'settings.reindex.failed', done: 'settings.reindex.done' } as const;
const SITE_KEYS = { running: 'admin.reindex.running', failed: 'admin.reindex.failed', done: 'admin.reindex.done' } as const;

/** Where the re-index of the search summaries stands after a gate change: under way, failed, or just done. */
export function ReindexNote({ status, scope }: { status: ReindexStatus | undefined; scope: ReindexScope }) {
  const t = useT();
  if (!status) return null;
  const keys = scope === 'site' ? SITE_KEYS : PROJECT_KEYS;
  const values = {
    project: scope === 'site' ? '' : scope.projectKey,
    projects: (status.projects?.done ?? 0).toLocaleString(),
    checked: status.checked.toLocaleString(),
    written: status.written.toLocaleString(),
  };
  const [appearance, text] =
    status.state === 'running'
      ? (['information', t(keys.running, values)] as const)
      : status.state === 'failed'
        ? (['warning', t(keys.failed, { ...values, problem: status.problem ?? '' })] as const)
        : (['success', t(keys.done, values)] as const);
  const skipped = status.state !== 'failed' && status.projects && status.projects.failed > 0 ? status.projects.failed : 0;
  return (
    <div role="status" data-testid="reindex-note">
      <SectionMessage appearance={skipped ? 'warning' : appearance}>
        <p>{text}</p>
        {skipped > 0 && <p>{t('admin.reindex.projectsFailed', { failed: skipped.toLocaleString(), problem: status.problem ?? '' })}</p>}
      </SectionMessage>
    </div>
  );
}
