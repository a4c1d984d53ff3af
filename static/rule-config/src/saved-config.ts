/** The rule's saved configuration (`extension.validatorConfig`, the JSON string onConfigure returned), if readable. */
export function savedConfig(raw: unknown): { gateId?: string; failOpen: boolean } {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { failOpen: false };
    }
  }
  if (typeof value !== 'object' || value === null) return { failOpen: false };
  const { gateId, failOpen } = value as { gateId?: unknown; failOpen?: unknown };
  return { ...(typeof gateId === 'string' ? { gateId } : {}), failOpen: failOpen === true };
}
