import type { Problem } from './types';

/** A readable failure in the frame, never a blank one; problems are listed by path. */
export function ErrorMessage({ title, message, problems }: { title: string; message?: string; problems?: Problem[] }) {
  return (
    <div className="daci-error" role="alert">
      <strong>{title}</strong>
      {message && <p className="daci-text">{message}</p>}
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className="daci-text">
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
