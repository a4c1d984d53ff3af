import { useContext } from 'react';
import { WhereContext } from '../../shared/when';
import { useT } from '../../shared/use-t';
import type { ResultView } from './types';

const WEB_ADDRESS = /^https?:\/\//i;

/** Where a result was verified and its evidence: files link to the attachment in Jira, links to their address. */
export function ResultDetails({ result, testId }: { result: ResultView; testId?: string }) {
  const t = useT();
  const { siteUrl } = useContext(WhereContext);
  const evidence = result.evidence ?? [];
  if (!result.environment && evidence.length === 0) return null;
  return (
    <span data-testid={testId}>
      {result.environment ? <> · {t('result.on', { environment: result.environment })}</> : null}
      {evidence.length ? (
        <span aria-label={t('result.evidence')}>
          {evidence.map((e) => (
            <span key={e.kind === 'attachment' ? e.id : e.url}>
              {' · '}
              {e.kind === 'attachment' ? (
                siteUrl ? (
                  <a
                    href={`${siteUrl}/secure/attachment/${encodeURIComponent(e.id)}/${encodeURIComponent(e.filename)}`}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('result.file', { name: e.filename })}
                  >
                    {e.filename}
                  </a>
                ) : (
                  e.filename
                )
              ) : WEB_ADDRESS.test(e.url) ? (
                <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">
                  {e.title || e.url}
                </a>
              ) : (
                e.title || e.url
              )}
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
}
