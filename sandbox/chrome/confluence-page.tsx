import React, { useCallback, useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { isJiraError, jira } from './api';
import { ErrorText, space } from './ui';
import { useModules } from './modules';
import { PageMacros } from './page-macros';
import { withMacro, type PlacedMacro } from './macro-storage';

interface Page {
  id: string;
  title: string;
  spaceId: string;
  status: string;
  version: { number: number };
  body?: { storage?: { value: string } };
}

/** Text of a Confluence storage-format body, block by block (the sandbox does not render full storage format); the app's macros render apart. */
function storageBlocks(storage: string, macroKeys: readonly string[]): string[] {
  const doc = new DOMParser().parseFromString(`<body>${storage}</body>`, 'text/html');
  for (const el of [...doc.getElementsByTagName('ac:structured-macro')]) if (macroKeys.includes(el.getAttribute('ac:name') ?? '')) el.remove();
  return [...doc.body.querySelectorAll('h1,h2,h3,p,li:not(:has(p))')].map((el) => el.textContent?.trim() ?? '').filter(Boolean);
}

const pagePath = (id: string) => `/wiki/api/v2/pages/${id}`;

/** The demo spec page, and the app's macros on it. Saving a macro's config saves the page as a new version (PUT, as the signed-in person). */
export function ConfluencePage({ pageId }: { pageId: string }) {
  const [page, setPage] = useState<Page | undefined>();
  const [spaceKey, setSpaceKey] = useState<string | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const macros = useModules('macro');
  useEffect(() => {
    const failed = (e: unknown) => setErrors(isJiraError(e) ? e.messages : [String(e)]);
    jira
      .get<Page>(`${pagePath(pageId)}?body-format=storage`)
      .then((p) => {
        setPage(p);
        return jira.get<{ key: string }>(`/wiki/api/v2/spaces/${p.spaceId}`).then((space) => setSpaceKey(space.key));
      })
      .catch(failed);
  }, [pageId]);
  const saveMacro = useCallback(
    async (macro: PlacedMacro) => {
      const current = await jira.get<Page>(`${pagePath(pageId)}?body-format=storage`);
      const storage = withMacro(current.body?.storage?.value ?? '', macro);
      await jira.put(pagePath(pageId), {
        id: current.id,
        status: 'current',
        title: current.title,
        body: { representation: 'storage', value: storage },
        version: { number: current.version.number + 1, message: 'Shipshape DACI decisions updated' },
      });
      setPage(await jira.get<Page>(`${pagePath(pageId)}?body-format=storage`));
    },
    [pageId],
  );
  if (!page) return <ErrorText messages={errors} />;
  return (
    <article aria-label={page.title}>
      <h1 style={{ font: token('font.heading.large') }}>{page.title}</h1>
      <div style={{ color: token('color.text.subtle'), marginBottom: space(200) }} data-testid="page-version">
        Version {page.version.number}
      </div>
      {storageBlocks(
        page.body?.storage?.value ?? '',
        macros.map((m) => m.key),
      ).map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {macros.length === 0 ? (
        <p style={{ color: token('color.text.subtlest') }}>No Shipshape macros in this app version.</p>
      ) : (
        spaceKey && <PageMacros page={page} spaceKey={spaceKey} saveMacro={saveMacro} />
      )}
    </article>
  );
}
