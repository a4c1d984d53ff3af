import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import type { ErrorCode } from '../../src/resolvers/envelope';
import type { Problem } from '../../src/domain/problem';
import { sayProblem } from '../../src/domain/say-problem';
import { useT } from './use-t';
import type { Translate } from './translate';

// Something the person can put right themselves: a warning, not an error.
const FIXABLE: ReadonlySet<ErrorCode | undefined> = new Set<ErrorCode | undefined>(['CONFLICT', 'BAD_INPUT', 'TOO_LARGE', 'NEEDS_CONFIRMATION', undefined]);

export interface ShownError {
  code?: ErrorCode;
  message?: string;
  problems?: readonly Problem[];
}

interface Props {
  error: ShownError;
  /** Defaults to the error code's title (error.* in the translation files). */
  title?: string;
  testId?: string;
  /** How the screen names the place a problem's path points to ("Decision 3: Driver"), in the person's words. */
  placeOf?: (path: string, t: Translate) => string;
  /** Also show the raw path beside the place (for an imported file, where in it). */
  withPath?: boolean;
  children?: ReactNode;
}

/** Every screen's refusal or failure: Atlaskit's section message with the envelope's message and each problem named as the screen names it. */
export function ErrorMessage({ error, title, testId = 'error', placeOf = (path: string) => path, withPath = false, children }: Props) {
  const t = useT();
  const problems = error.problems ?? [];
  return (
    <div role="alert" data-testid={testId} data-code={error.code}>
      <SectionMessage appearance={FIXABLE.has(error.code) ? 'warning' : 'error'} title={title ?? t(`error.${error.code ?? 'INTERNAL'}`)}>
        {error.message && <p style={{ margin: 0 }}>{error.message}</p>}
        {problems.length > 0 && (
          <ul data-testid={`${testId}-problems`} style={{ margin: 0 }}>
            {problems.map((p, i) => {
              const place = placeOf(p.path, t);
              return (
                <li key={i}>
                  <strong>{place}</strong>
                  {withPath && place !== p.path && <code> ({p.path})</code>}: {sayProblem(p, t)}
                </li>
              );
            })}
          </ul>
        )}
        {children}
      </SectionMessage>
    </div>
  );
}
