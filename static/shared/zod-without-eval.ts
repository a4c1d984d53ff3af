/**
 * Forge's Content-Security-Policy has no 'unsafe-eval'. Zod's fast path probes `new Function`,
 * which the browser reports as a violation even though zod catches it; jitless mode never tries.
 * Import this before any module that builds a zod schema.
 */
import * as z from 'zod';

z.config({ jitless: true });
