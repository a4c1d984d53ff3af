import React, { useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { Session } from './types';
import { Button, space } from './ui';

interface TopBarProps {
  session: Session;
  theme: 'light' | 'dark';
  onSwitchUser(accountId: string): void;
  onToggleTheme(): void;
  onReset(): void;
}

const selectStyle = {
  font: token('font.body'),
  background: token('color.background.input'),
  color: token('color.text'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: 3,
  padding: space(50),
};

const LANGUAGES = [
  { locale: 'en-US', name: 'English' },
  { locale: 'de-DE', name: 'Deutsch' },
] as const;

/** The Forge context's `locale` for every app frame (cookie `sandbox-locale`, read by the server); switching reloads the page. */
function LanguageSwitcher() {
  const chosen = /(?:^|;\s*)sandbox-locale=([^;]+)/.exec(document.cookie)?.[1] ?? 'en-US';
  return (
    <label style={{ display: 'flex', gap: space(100), alignItems: 'center' }}>
      Language
      <select
        data-testid="locale-switcher"
        value={chosen}
        onChange={(e) => {
          document.cookie = `sandbox-locale=${encodeURIComponent(e.target.value)}; Path=/; SameSite=Lax`;
          location.reload();
        }}
        style={selectStyle}
      >
        {LANGUAGES.map((l) => (
          <option key={l.locale} value={l.locale}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The sandbox's own chrome: where you are, who you are, which language, light or dark. */
export function TopBar({ session, theme, onSwitchUser, onToggleTheme, onReset }: TopBarProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: space(300),
        padding: `${space(100)} ${space(300)}`,
        borderBottom: `1px solid ${token('color.border')}`,
        background: token('elevation.surface'),
      }}
    >
      <strong style={{ font: token('font.heading.small') }}>Shipshape sandbox</strong>
      <nav aria-label="Sandbox" style={{ display: 'flex', gap: space(200), flex: 1 }}>
        <a href="/">Jira: Checkout</a>
        <a href="/insights">Jira: Insights</a>
        <a href="/dashboard">Dashboard</a>
        <a href="/workflow">Workflow rules</a>
        <a href="/project-settings">Project settings</a>
        <a href="/jira-admin">Jira settings</a>
        <a href="/wiki">Confluence: Spec</a>
        <a href="/wiki/decisions">Confluence: Decision register</a>
      </nav>
      <label style={{ display: 'flex', gap: space(100), alignItems: 'center' }}>
        Signed in as
        <select data-testid="user-switcher" value={session.current} onChange={(e) => onSwitchUser(e.target.value)} style={selectStyle}>
          {session.users.map((u) => (
            <option key={u.accountId} value={u.accountId}>
              {u.displayName} ({u.persona})
            </option>
          ))}
        </select>
      </label>
      <LanguageSwitcher />
      <Button onClick={onToggleTheme} aria-pressed={theme === 'dark'}>
        {theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </Button>
      {confirming ? (
        <span role="group" aria-label="Reset the demo?" style={{ display: 'flex', alignItems: 'center', gap: space(100) }}>
          <span>Put every item, record and setting back as seeded?</span>
          <Button appearance="danger" onClick={onReset} data-testid="reset-confirm">
            Reset
          </Button>
          <Button appearance="subtle" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      ) : (
        <Button appearance="subtle" onClick={() => setConfirming(true)}>
          Reset demo
        </Button>
      )}
    </header>
  );
}
