/** Keyboard-only helpers: reach a control with Tab alone, as a keyboard user does. */
import type { Locator, Page } from 'playwright-core';

/** True when `target` has the keyboard focus (in its own frame). */
export const isFocused = (target: Locator) => target.evaluate((element) => element === element.ownerDocument.activeElement);

/** Presses Tab until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses.`);
}
