/** The QA handoff packages of the demo items, as engineers wrote them in the Shipshape panel. */
import type { Handoff } from '../../src/domain/records/records-schema';

const STAGING = 'Staging shop: https://staging.shop.example (VPN not needed).';

export const SAVED_CARDS_HANDOFF: Handoff = {
  summary:
    'Signed-in customers can save a card when they pay and pick it on their next order. Cards are stored as payment provider tokens (ABC-6), ' +
    'and the payment step lists saved cards first (ABC-7). Guest checkout does not change.',
  expectedBehaviours: [
    { id: 'b1', text: 'Ticking "Save this card" stores the card and offers it on the next order' },
    { id: 'b2', text: 'Saved cards are listed first on the payment step, newest first' },
    { id: 'b3', text: 'Removing a card on the account page removes it from the payment step' },
    { id: 'b4', text: 'Guest checkout shows no saved cards and no "Save this card" option' },
  ],
  riskAreas: [
    { id: 'r1', text: 'The payment step component is shared with guest checkout', severity: 'high' },
    { id: 'r2', text: 'Cards saved with the v4 SDK need their tokens migrated', severity: 'medium' },
  ],
  testData:
    `${STAGING} Customers qa-saved-cards@example.com (two saved cards) and qa-new@example.com (none), password in the QA vault. ` +
    'Cards: 4242 4242 4242 4242 is accepted, 4000 0000 0000 0002 is declined.',
  releaseNotes: 'You can now save a card at checkout and pay with it next time without typing the number again.',
};

export const PROMO_CODES_HANDOFF: Handoff = {
  summary: 'Customers can enter one promo code on the payment step. The promo service validates it and the order summary shows the discount before payment.',
  expectedBehaviours: [
    { id: 'b1', text: 'A valid code shows its discount in the order summary before payment' },
    { id: 'b2', text: 'An expired code says when it expired and leaves the total unchanged' },
    { id: 'b3', text: 'Only one code can be applied to an order' },
  ],
  riskAreas: [{ id: 'r1', text: 'Order totals: rounding of percentage discounts on multi-currency baskets', severity: 'high' }],
  testData: `${STAGING} Codes WELCOME10 (10% off), EXPIRED2025 (expired), FREESHIP (free delivery).`,
  releaseNotes: 'You can now enter a promo code at checkout and see the discount before you pay.',
};

export const DELIVERY_ESTIMATE_HANDOFF: Handoff = {
  summary: 'The order summary shows the estimated delivery date for the chosen delivery option, from the carrier estimate service.',
  expectedBehaviours: [
    { id: 'b1', text: 'The estimate updates when the delivery option changes' },
    { id: 'b2', text: 'Out-of-stock items show no estimate' },
    { id: 'b3', text: 'When the estimate service times out, the estimate is hidden and checkout continues' },
  ],
  riskAreas: [{ id: 'r1', text: 'Time zones: orders placed just before midnight', severity: 'medium' }],
  testData: `${STAGING} Postcodes 10115 (next day) and 99999 (no carrier). Toggle the carrier timeout with the "estimate-timeout" feature flag.`,
  releaseNotes: 'The order summary now shows when your order should arrive.',
};

export const APPLE_PAY_HANDOFF: Handoff = {
  summary: 'Safari users with Apple Pay set up see an Apple Pay button on the basket page; paying with it skips the address and payment steps.',
  expectedBehaviours: [
    { id: 'b1', text: 'Safari with Apple Pay set up shows the Apple Pay button on the basket page' },
    { id: 'b2', text: "Paying with Apple Pay creates the order with the wallet's shipping address" },
    { id: 'b3', text: 'Browsers without Apple Pay show no button and no layout change' },
  ],
  riskAreas: [
    { id: 'r1', text: 'Shipping address mapping from Apple Pay contacts (missing house numbers)', severity: 'high' },
    { id: 'r2', text: 'Basket page layout on small iPhones', severity: 'low' },
  ],
  testData: `${STAGING} Use the Apple Pay sandbox tester account qa-wallet@example.com on the QA iPhone 15 (device lab, shelf 2).`,
  releaseNotes: 'You can now pay with Apple Pay straight from your basket.',
};
