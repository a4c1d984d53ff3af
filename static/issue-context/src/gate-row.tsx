import { ds } from './ds';
import type { GateSummary } from './context-summary';
import { Lozenge } from '../../shared/lozenge';

const SHOWN_FAILING = 4;

/** One applicable gate: its verdict, "6 of 8 required", and what still fails. */
export function GateRow({ gate }: { gate: GateSummary }) {
  const more = gate.failing.length - SHOWN_FAILING;
  return (
    <li data-testid={`context-gate-${gate.id}`} style={{ marginBottom: ds.space150 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: ds.space100, alignItems: 'baseline' }}>
        <strong style={{ font: ds.fontHeadingXsmall }}>{gate.name}</strong>
        <Lozenge appearance={gate.passed ? 'success' : 'removed'}>{gate.passed ? 'Passes' : 'Blocked'}</Lozenge>
      </div>
      <div style={{ color: ds.textSubtle, font: ds.fontBodySmall }}>
        {gate.met} of {gate.required} required
      </div>
      {gate.failing.length > 0 && (
        <ul aria-label={`Failing in ${gate.name}`} style={{ margin: `${ds.space050} 0 0`, paddingLeft: ds.space200 }}>
          {gate.failing.slice(0, SHOWN_FAILING).map((label, i) => (
            <li key={i}>{label}</li>
          ))}
          {more > 0 && <li style={{ color: ds.textSubtle }}>and {more} more</li>}
        </ul>
      )}
    </li>
  );
}
