import React, { useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { isJiraError, jira } from './api';
import { ErrorText, space } from './ui';
import { useModules } from './modules';
import { PageMacros } from './page-macros';

interface Page {
  id: string;
  title: string;
  spaceId: string;
  version: { number: number };
  body?: { storage?: { value: string } };
}

/** Text of a Confluence storage-format body, block by block (the sandbox does not render full storage format). */
function storageBlocks(storage: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${storage}</body>`, 'text/html');
  return [...doc.body.querySelectorAll('h1,h2,h3,p,li')].map((el) => el.textContent?.trim() ?? '').filter(Boolean);
}

/** The demo spec page, and the app's macros (Confluence modules arrive with the DACI issue). */
export function ConfluencePage({ pageId }: { pageId: string }) {
  const [page, setPage] = useState<Page | undefined>();
  const [spaceKey, setSpaceKey] = useState<string | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const macros = useModules('macro');
  useEffect(() => {
    const failed = (e: unknown) => setErrors(isJiraError(e) ? e.messages : [String(e)]);
    jira.get<Page>(`/wiki/api/v2/pages/${pageId}?body-format=storage`).then((p) => {
      setPage(p);
      return jira.get<{ key: string }>(`/wiki/api/v2/spaces/${p.spaceId}`).then((space) => setSpaceKey(space.key));
    }).catch(failed);
  }, [pageId]);
  if (!page) return <ErrorText messages={errors} />;
  return (
    <article aria-label={page.title}>
      <h1 style={{ font: token('font.heading.large') }}>{page.title}</h1>
      <div style={{ color: token('color.text.subtle'), marginBottom: space(200) }}>Version {page.version.number}</div>
      {storageBlocks(page.body?.storage?.value ?? '').map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {macros.length === 0 ? (
        <p style={{ color: token('color.text.subtlest') }}>No Shipshape macros in this app version.</p>
      ) : (
        spaceKey && <PageMacros page={page} spaceKey={spaceKey} />
      )}
    </article>
  );
}
