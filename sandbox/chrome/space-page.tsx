import { useEffect, useState } from 'react';
import { isJiraError, jira } from './api';
import { ModulePage } from './settings-pages';
import { ErrorText } from './ui';

/**
 * A Confluence space page (`confluence:spacePage`, extension.space): the demo spec's space, the
 * app's module in the content area, as Confluence shows it under the space's Apps.
 */
export function SpaceAppPage({ specPageId }: { specPageId: string }) {
  const [space, setSpace] = useState<{ id: string; key: string; name: string } | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    jira
      .get<{ spaceId: string }>(`/wiki/api/v2/pages/${specPageId}`)
      .then((page) => jira.get<{ id: string; key: string; name: string }>(`/wiki/api/v2/spaces/${page.spaceId}`))
      .then(setSpace)
      .catch((e: unknown) => setErrors(isJiraError(e) ? e.messages : [String(e)]));
  }, [specPageId]);
  if (!space) return <ErrorText messages={errors} />;
  return (
    <ModulePage
      type="confluence:spacePage"
      heading={`Confluence · ${space.name} (${space.key}) · Apps`}
      extension={{ space: { id: space.id, key: space.key } }}
      testId="space-app-page"
    />
  );
}
