export const run = async () => ({ ok: true });
