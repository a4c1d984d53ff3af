/**
 * Uploaded or pasted gate files are sent as text in one `invoke`, which Forge caps at 500 KB;
 * 300 KB of text (escaped as JSON it grows) stays under that and is far more than 100 gates need.
 * Zod-free: the settings page imports it.
 */
export const MAX_IMPORT_BYTES = 300_000;

/** UTF-8 bytes of a text, as it is sent. */
export const textBytes = (text: string): number => new TextEncoder().encode(text).length;
