// Node 20 adds Symbol.dispose/asyncDispose to its main realm only; jest 29 runs tests in a fresh
// realm without them, where playwright-core's `using` cannot find its handles' dispose methods.
const symbols = Symbol as unknown as Record<string, symbol | undefined>;
symbols['dispose'] ??= Symbol.for('nodejs.dispose');
symbols['asyncDispose'] ??= Symbol.for('nodejs.asyncDispose');
export {};
