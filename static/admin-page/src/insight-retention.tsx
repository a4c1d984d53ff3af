import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { call, type ResolverError } from '../../project-settings/src/shared/call';
import { ChoiceSelect } from '../../shared/choice-select';
import { ErrorMessage } from '../../shared/error-message';
import { useT } from '../../shared/use-t';

const CHOICES = [3, 6, 13, 24, 36, 60] as const;

/** How long the gate insights keep their figures and events (a Jira admin's choice for the site). */
export function InsightRetention({ initial }: { initial: number }) {
  const t = useT();
  const [months, setMonths] = useState(String(initial));
  const [saved, setSaved] = useState<string | undefined>();
  const [error, setError] = useState<ResolverError | undefined>();
  const choices = [...new Set([...CHOICES, initial])]
    .sort((a, b) => a - b)
    .map((m) => ({ value: String(m), label: t('admin.retention.months', { months: m }) }));
  const save = async () => {
    const answer = await call<{ retentionMonths: number }>('saveInsightRetention', { retentionMonths: Number(months) });
    setError(answer.ok ? undefined : answer.error);
    setSaved(answer.ok ? t('admin.retention.saved', { months: answer.data.retentionMonths }) : undefined);
  };
  return (
    <section aria-labelledby="retention-title" data-testid="insight-retention">
      <h2 id="retention-title">{t('admin.retention.title')}</h2>
      <p className="cf-muted">{t('admin.retention.help')}</p>
      <div className="cf-row">
        <div style={{ minWidth: 220 }}>
          <ChoiceSelect id="retention-months" label={t('admin.retention.label')} value={months} choices={choices} onChange={setMonths} />
        </div>
        <Button testId="retention-save" onClick={() => void save()}>
          {t('admin.retention.save')}
        </Button>
      </div>
      {saved && (
        <div role="status">
          <SectionMessage appearance="success">{saved}</SectionMessage>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
