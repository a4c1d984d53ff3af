import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import type { EarlyAnswer } from '../../shared/early-answer';
import type { Act } from './act';
import { ActivityList } from './activity-list';
import { ErrorMessage } from '../../shared/error-message';
import { GatesSection } from './gates-section';
import { DecisionsSection } from './decisions-section';
import { HandoffSection } from './handoff-section';
import type { Where } from './first-load';
import { ViewerContext } from './locale-context';
import { QaContext } from './qa-context';
import { WhereContext } from '../../shared/when';
import { PanelFrame } from './panel-frame';
import { PanelHeader } from './panel-header';
import { ReadOnlyNotice } from './read-only-notice';
import { subtle } from './ui';
import type { Envelope, PanelData } from './types';
import { usePanel } from './use-panel';
import { useT } from '../../shared/use-t';
import { useShownCheck } from './use-shown-check';

/** The Shipshape panel on a work item: gates, the QA handoff package, recent activity. */
export function App({ firstPanel, firstWhere }: { firstPanel: EarlyAnswer<Envelope<PanelData>>; firstWhere: EarlyAnswer<Where> }) {
  const t = useT();
  const { panel, loadError, loading, busy, reload, write } = usePanel(firstPanel);
  const shownCheck = useShownCheck(panel?.issue.id);
  const [firstKnown] = useState(() => firstWhere.settled()?.value);
  const [where, setWhere] = useState<Where>(firstKnown ?? {});
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const announce = (text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 }));

  useEffect(() => {
    if (firstKnown === undefined) void firstWhere.promise.then(setWhere);
  }, [firstWhere, firstKnown]);

  const act: Act = useCallback(
    async (name, payload, done) => {
      const answer = await write(name, payload);
      announce(answer.ok ? done : answer.error.message);
      return answer;
    },
    [write],
  );
  const recheck = async () => {
    const answer = await reload();
    announce(answer.ok ? t('panel.checkedAgain') : answer.error.message);
  };

  const status = (
    // One stable live region; an invisible toggle makes a repeated message count as new.
    <p role="status" aria-live="polite" data-testid="announcement" style={{ ...subtle, margin: announcement.text ? '0 0 12px' : 0 }}>
      {announcement.text}
      {announcement.n % 2 ? '\u200b' : ''}
    </p>
  );
  if (!panel) {
    return (
      <PanelFrame>
        {loadError ? (
          <>
            <ErrorMessage error={loadError} testId="panel-error" />
            <div style={{ marginTop: 8 }}>
              <Button onClick={() => void recheck()}>{t('panel.tryAgain')}</Button>
            </div>
          </>
        ) : (
          <div data-testid="panel-loading" style={{ display: 'flex', justifyContent: 'center', padding: 24 }}>
            <Spinner size="medium" label={t('panel.loading')} />
          </div>
        )}
        {status}
      </PanelFrame>
    );
  }
  return (
    <WhereContext.Provider value={where}>
      <ViewerContext.Provider value={{ people: panel.people ?? {} }}>
        <PanelFrame testId="panel-content" busy={busy || loading}>
          <PanelHeader panel={panel} loading={loading} onRecheck={() => void recheck()} />
          {status}
          {loadError ? <ErrorMessage error={loadError} testId="panel-error" /> : null}
          <ReadOnlyNotice rights={panel.rights} />
          <GatesSection gates={panel.gates} next={panel.next} shownCheck={shownCheck} busy={busy} act={act} />
          <DecisionsSection decisions={panel.decisions} />
          <QaContext.Provider value={{ issueId: panel.issue.id, environments: panel.environments ?? [] }}>
            <HandoffSection panel={panel} busy={busy} act={act} reload={reload} />
          </QaContext.Provider>
          <ActivityList panel={panel} />
        </PanelFrame>
      </ViewerContext.Provider>
    </WhereContext.Provider>
  );
}
