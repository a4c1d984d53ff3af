import type { ResolverError } from './call';

/** A refusal or failure as the page shows it: the message, then every problem by path. */
export function ErrorMessage({ error, testId = 'error' }: { error: ResolverError; testId?: string }) {
  return (
    <div className="cf-message" data-appearance="error" role="alert" data-testid={testId}>
      <p style={{ margin: 0 }}>{error.message}</p>
      {error.problems && error.problems.length > 0 && (
        <ul data-testid={`${testId}-problems`}>
          {error.problems.map((p, i) => (
            <li key={i}>
              <code className="cf-code">{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
