import { problemPlace } from '../../../src/domain/daci/problem-place';
import type { Problem } from './types';

/** A readable failure in the frame, never a blank one; each problem named as the editor names the place. */
export function ErrorMessage({ title, message, problems }: { title: string; message?: string; problems?: Problem[] }) {
  return (
    <div className="daci-error" role="alert">
      <strong>{title}</strong>
      {message && <p className="daci-text">{message}</p>}
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className="daci-text">
              <strong>{problemPlace(p.path)}</strong>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
