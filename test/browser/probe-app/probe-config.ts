/**
 * What the probe's `workflowRules.onConfigure` callback answers: `{"value": <its text input>}`,
 * except for two inputs that let the tests reach the host's other outcomes.
 * Shared by the probe (browser bundle) and the tests, so it imports nothing.
 */
/** Typed into the input, the callback answers undefined ("don't save"). */
export const PROBE_SKIP = '!skip';
/** Typed into the input, the callback throws PROBE_CONFIGURE_FAILURE. */
export const PROBE_THROW = '!throw';
export const PROBE_CONFIGURE_FAILURE = 'Probe: this configuration cannot be saved';

export function probeConfiguration(value: string): string | undefined {
  if (value === PROBE_SKIP) return undefined;
  if (value === PROBE_THROW) throw new Error(PROBE_CONFIGURE_FAILURE);
  return JSON.stringify({ value });
}
