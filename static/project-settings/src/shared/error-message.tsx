import { gateProblemPlace } from '../../../../src/domain/gates/problem-place';
import type { ResolverError } from './call';

/** A refusal or failure as the page shows it: the message, then every problem named as the page names it (and, for a file, where in it). */
export function ErrorMessage({ error, testId = 'error' }: { error: ResolverError; testId?: string }) {
  return (
    <div className="cf-message" data-appearance="error" role="alert" data-testid={testId}>
      <p style={{ margin: 0 }}>{error.message}</p>
      {error.problems && error.problems.length > 0 && (
        <ul data-testid={`${testId}-problems`}>
          {error.problems.map((p, i) => (
            <li key={i}>
              <strong>{gateProblemPlace(p.path)}</strong>
              {gateProblemPlace(p.path) !== p.path && (
                <>
                  {' '}
                  <code className="cf-code">({p.path})</code>
                </>
              )}
              : {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
