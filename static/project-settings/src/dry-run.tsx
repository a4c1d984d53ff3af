import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { TextField } from '../../shared/text-field';
import { useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { Gate, Verdict } from './shared/types';

const MARK = { passed: '✓', failed: '✗', waived: '–' } as const;

/** Try the gate as edited on one item of the project: the verdict it would give now. Nothing is saved. */
export function DryRun({ gate }: { gate: Gate }) {
  const [key, setKey] = useState('');
  const [result, setResult] = useState<{ verdict?: Verdict; error?: ResolverError } | undefined>();
  const run = async () => {
    const answer = await call<{ verdict: Verdict }>('dryRun', { issueKey: key.trim().toUpperCase(), gate });
    setResult(answer.ok ? { verdict: answer.data.verdict } : { error: answer.error });
  };
  const v = result?.verdict;
  return (
    <section aria-label="Dry run" style={{ marginTop: 12 }}>
      <h3>Dry run</h3>
      <form className="cf-row" onSubmit={(e) => (e.preventDefault(), void run())}>
        <TextField id="dry-run-key" label="Work item key" testId="dry-run-key" value={key} placeholder="ABC-5" onChange={setKey} />
        <Button type="submit" testId="dry-run" isDisabled={key.trim() === ''}>
          Try it
        </Button>
      </form>
      {result?.error && <ErrorMessage error={result.error} placeOf={gateProblemPlace} withPath testId="dry-run-error" />}
      {v && (
        <div data-testid="dry-run-verdict" role="status">
          <SectionMessage appearance={v.passed ? 'success' : 'warning'}>
            {!v.applicable
              ? `${v.gateName} does not apply to ${v.issue}'s work type.`
              : v.passed
                ? `${v.issue} would pass ${v.gateName}.`
                : `${v.issue} would be blocked by ${v.gateName}.`}
          </SectionMessage>
          <ul className="cf-list">
            {v.results.map((r) => (
              <li key={r.id}>
                {MARK[r.status]} {r.label}
                {r.required ? '' : ' (optional)'}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
