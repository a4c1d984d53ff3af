/** A small loading indicator with an accessible name. */
export function Spinner({ size = 'medium', label }: { size?: 'small' | 'medium'; label: string }) {
  const px = size === 'small' ? 16 : 24;
  return <span role="img" aria-label={label} className="ss-spinner" style={{ width: px, height: px, boxSizing: 'border-box' }} />;
}
