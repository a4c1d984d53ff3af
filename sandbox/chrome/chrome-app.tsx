import React, { useCallback, useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { sandboxApi } from './api';
import { ConfluencePage } from './confluence-page';
import { DashboardPage } from './dashboard-page';
import { SpaceAppPage } from './space-page';
import { ItemPage } from './item-page';
import { ProjectPage } from './project-page';
import { ThemeContext } from './theme-context';
import { TopBar } from './top-bar';
import type { Session } from './types';
import { space } from './ui';
import { WorkflowPage } from './workflow-page';
import { AdminPage, ProjectAppPage, ProjectSettingsPage } from './settings-pages';

type Theme = 'light' | 'dark';
const THEME_KEY = 'sandbox-theme';

function Page({ path, session, flash }: { path: string; session: Session; flash(m: string): void }) {
  // Like Jira, a key is found whatever its case, and the address shows it as Jira writes it.
  const item = /^\/browse\/([A-Za-z][A-Za-z0-9_]*-\d+)$/.exec(path);
  if (item) {
    const issueKey = item[1]!.toUpperCase();
    if (issueKey !== item[1]) history.replaceState(null, '', `/browse/${issueKey}${location.search}`);
    return <ItemPage issueKey={issueKey} flash={flash} key={`${issueKey}-${session.current}`} />;
  }
  if (path === '/workflow') return <WorkflowPage />;
  if (path === '/insights') return <ProjectAppPage key={session.current} />;
  if (path === '/dashboard') return <DashboardPage key={session.current} />;
  if (path === '/project-settings') return <ProjectSettingsPage key={session.current} />;
  if (path === '/jira-admin') return <AdminPage key={session.current} />;
  if (path === '/wiki/decisions') return <SpaceAppPage specPageId={session.specPageId} key={session.current} />;
  if (path.startsWith('/wiki')) return <ConfluencePage pageId={session.specPageId} key={session.current} />;
  return <ProjectPage key={session.current} />;
}

/** The sandbox chrome: top bar, the page for the current path, and flags for what just happened. */
export function ChromeApp() {
  const [session, setSession] = useState<Session | undefined>();
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light'));
  const [flag, setFlag] = useState<string | undefined>();

  useEffect(() => void sandboxApi.get<Session>('session').then(setSession), []);
  useEffect(() => {
    localStorage.setItem(THEME_KEY, theme);
    void setGlobalTheme({ colorMode: theme });
  }, [theme]);
  const flash = useCallback((message: string) => {
    setFlag(message);
    setTimeout(() => setFlag((current) => (current === message ? undefined : current)), 6000);
  }, []);

  if (!session) return <p>Loading the sandbox…</p>;
  const switchUser = async (accountId: string) => setSession(await sandboxApi.post<Session>('session', { accountId }));
  const reset = async () => {
    await sandboxApi.post('reset', {});
    location.assign('/');
  };
  return (
    <ThemeContext.Provider value={theme}>
      <div style={{ minHeight: '100vh', background: token('elevation.surface.sunken'), color: token('color.text'), font: token('font.body') }}>
        <TopBar session={session} theme={theme} onSwitchUser={switchUser} onToggleTheme={() => setTheme(theme === 'dark' ? 'light' : 'dark')} onReset={reset} />
        <main style={{ padding: space(300), maxWidth: 1200, margin: '0 auto' }}>
          <Page path={location.pathname} session={session} flash={flash} />
        </main>
        {flag && (
          <div
            role="status"
            data-testid="flag"
            style={{
              position: 'fixed',
              bottom: space(300),
              left: space(300),
              background: token('elevation.surface.overlay'),
              boxShadow: token('elevation.shadow.overlay'),
              padding: space(200),
              borderRadius: 6,
            }}
          >
            {flag}
          </div>
        )}
      </div>
    </ThemeContext.Provider>
  );
}
