import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import { ErrorMessage } from '../../shared/error-message';
import { useT } from '../../shared/use-t';
import { callResolver } from './call-resolver';
import { ViewerContext, useViewer } from './locale-context';
import { ByWhom } from './person-name';
import { ResultDetails } from './result-details';
import { SafeText } from './safe-text';
import { Meta, gap, listReset } from './ui';
import type { PanelData, ResolverError } from './types';

type Shown = { history: NonNullable<PanelData['history']>; people: PanelData['people'] };

/** "History": every result QA recorded on the behaviour, newest first, read when asked (one getPanel). */
export function BehaviourHistory({ behaviourId, number, text }: { behaviourId: string; number: number; text: string }) {
  const t = useT();
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState<ResolverError>();
  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    setLoading(true);
    const answer = await callResolver('getPanel', { historyOf: behaviourId });
    setLoading(false);
    if (answer.ok && answer.data.history) {
      setShown({ history: answer.data.history, people: answer.data.people });
      setError(undefined);
    } else if (!answer.ok) setError(answer.error);
  };
  const listId = `history-${behaviourId}`;
  return (
    <div style={{ marginTop: gap.xs }}>
      <Button
        spacing="compact"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={open ? t('history.hide') : t('history.showLabel', { number })}
        onClick={() => void toggle()}
      >
        {open ? t('history.hide') : t('history.show')}
      </Button>
      {open ? (
        <div id={listId} data-testid={listId}>
          {loading ? <Spinner size="small" label={t('history.loading')} /> : null}
          {error ? <ErrorMessage error={error} testId={`${listId}-error`} /> : null}
          {shown && !loading ? (
            <ViewerContext.Provider value={{ people: { ...viewer.people, ...shown.people } }}>
              <ol style={listReset} aria-label={t('history.title', { number })}>
                {shown.history.results.map((result) => (
                  <li key={`${result.at}-${result.accountId}`} data-testid={`${listId}-result`} data-status={result.status}>
                    <Meta>
                      <ByWhom verb={t(`behaviour.result.${result.status}`)} accountId={result.accountId} at={result.at} />
                      <ResultDetails result={result} />
                      {result.note ? (
                        <>
                          : “<SafeText text={result.note} />”
                        </>
                      ) : null}
                      {result.text !== text ? <div>{t('history.onText', { text: result.text })}</div> : null}
                    </Meta>
                  </li>
                ))}
              </ol>
              {shown.history.results.length === 0 ? <Meta>{t('history.empty')}</Meta> : null}
              {shown.history.incomplete ? <Meta>{t('history.incomplete')}</Meta> : null}
            </ViewerContext.Provider>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
