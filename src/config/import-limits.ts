/** Uploaded or pasted files are sent as text; 1 MiB is far more than 100 gates need. Zod-free: the settings page imports it. */
export const MAX_IMPORT_CHARACTERS = 1024 * 1024;
