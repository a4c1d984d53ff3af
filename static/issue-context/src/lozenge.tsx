import { ds } from './ds';

const COLOURS = {
  success: [ds.backgroundSuccess, ds.textSuccess],
  removed: [ds.backgroundDanger, ds.textDanger],
  default: [ds.backgroundNeutral, ds.textSubtle],
} as const;

/** Jira's lozenge, drawn with design tokens (no Atlaskit component, to keep the bundle small). */
export function Lozenge({ appearance, children }: { appearance: keyof typeof COLOURS; children: string }) {
  const [background, color] = COLOURS[appearance];
  return (
    <span
      style={{
        background,
        color,
        borderRadius: ds.radiusSmall,
        padding: `0 ${ds.space050}`,
        font: ds.fontBodySmall,
        fontWeight: ds.fontWeightBold,
        textTransform: 'uppercase',
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </span>
  );
}
