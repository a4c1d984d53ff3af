import type { ReactNode } from 'react';
import VisuallyHidden from '@atlaskit/visually-hidden';
import './column-chart.css';

export interface Column {
  label: string;
  /** Stacked from the bottom: each part's value and its colour token (a CSS colour). */
  parts: Array<{ value: number; colour: string; name: string }>;
}

interface Props {
  title: string;
  columns: readonly Column[];
  /** The same figures as a table, for screen readers (the drawing is hidden from them). */
  table: ReactNode;
  testId: string;
  /** Show every nth column's label under the axis (long periods). */
  labelEvery?: number;
}

const HEIGHT = 140;
const WIDTH = 600;

/**
 * A column chart drawn as SVG with design tokens (light and dark alike), and its figures as a
 * visually hidden table: Atlaskit has no chart, and a chart library would cost more than the
 * screen's whole 150 KB budget.
 */
export function ColumnChart({ title, columns, table, testId, labelEvery = 1 }: Props) {
  const max = Math.max(1, ...columns.map((c) => c.parts.reduce((sum, p) => sum + p.value, 0)));
  const slot = WIDTH / Math.max(1, columns.length);
  const bar = Math.max(2, slot * 0.7);
  return (
    <figure className="ss-chart" data-testid={testId}>
      <figcaption className="ss-chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`} role="presentation" aria-hidden="true" preserveAspectRatio="none" className="ss-chart-svg">
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="ss-chart-axis" />
        {columns.map((column, i) => {
          let top = HEIGHT;
          return (
            <g key={column.label}>
              {column.parts.map((part) => {
                const height = (part.value / max) * (HEIGHT - 4);
                top -= height;
                return (
                  <rect key={part.name} x={i * slot + (slot - bar) / 2} y={top} width={bar} height={height} style={{ fill: part.colour }}>
                    <title>{`${column.label}: ${part.name} ${part.value}`}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && (
                <text x={i * slot + slot / 2} y={HEIGHT + 14} textAnchor="middle" className="ss-chart-label">
                  {column.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <VisuallyHidden>{table}</VisuallyHidden>
    </figure>
  );
}
