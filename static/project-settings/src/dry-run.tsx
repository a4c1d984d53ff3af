import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { TextField } from '../../shared/text-field';
import { useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { Gate, Verdict } from './shared/types';
import { useT } from '../../shared/use-t';

const MARK = { passed: '✓', failed: '✗', waived: '–' } as const;

/** Try the gate as edited on one item of the project: the verdict it would give now. Nothing is saved. */
export function DryRun({ gate }: { gate: Gate }) {
  const t = useT();
  const [key, setKey] = useState('');
  const [result, setResult] = useState<{ verdict?: Verdict; error?: ResolverError } | undefined>();
  const run = async () => {
    const answer = await call<{ verdict: Verdict }>('dryRun', { issueKey: key.trim().toUpperCase(), gate });
    setResult(answer.ok ? { verdict: answer.data.verdict } : { error: answer.error });
  };
  const v = result?.verdict;
  return (
    <section aria-label={t('dryRun.title')} style={{ marginTop: 12 }}>
      <h3>{t('dryRun.title')}</h3>
      <form className="cf-row" onSubmit={(e) => (e.preventDefault(), void run())}>
        <TextField id="dry-run-key" label={t('dryRun.key')} testId="dry-run-key" value={key} placeholder={t('dryRun.keyExample')} onChange={setKey} />
        <Button type="submit" testId="dry-run" isDisabled={key.trim() === ''}>
          {t('dryRun.try')}
        </Button>
      </form>
      {result?.error && <ErrorMessage error={result.error} placeOf={gateProblemPlace} withPath testId="dry-run-error" />}
      {v && (
        <div data-testid="dry-run-verdict" role="status">
          <SectionMessage appearance={v.passed ? 'success' : 'warning'}>
            {!v.applicable
              ? t('dryRun.notApplicable', { gate: v.gateName, issue: v.issue })
              : t(v.passed ? 'dryRun.wouldPass' : 'dryRun.wouldBlock', { gate: v.gateName, issue: v.issue })}
          </SectionMessage>
          <ul className="cf-list">
            {v.results.map((r) => (
              <li key={r.id}>
                {MARK[r.status]} {r.label}
                {r.required ? '' : ` ${t('dryRun.optional')}`}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
