/** The demo Confluence: space PROD with a spec page whose decisions section awaits the DACI table, and a page of platform decisions. */
import { ALEX, PRIYA } from './demo-users';
import type { StandInData } from './standin-data';
import { DECISIONS_PAGE_ID, DECISIONS_PAGE_STORAGE } from './seed-decisions-page';

export const SEED_CONFLUENCE = { spaceId: '98306', spaceKey: 'PROD', homepageId: '98323', specPageId: '131073', decisionsPageId: DECISIONS_PAGE_ID } as const;

const SPEC_V1 = [
  '<h2>Problem</h2>',
  '<p>Returning customers type their card number on every order. 18% of mobile checkouts are abandoned on the payment step.</p>',
  '<h2>Target users</h2>',
  '<p>Signed-in customers who order more than once a quarter.</p>',
  '<h2>Success signal</h2>',
  '<p>Payment-step abandonment on mobile drops from 18% to under 12% within 30 days of the release.</p>',
].join('');

const SPEC_V2 = [
  SPEC_V1,
  '<h2>Non-goals</h2>',
  '<ul><li><p>Saving cards for guest checkout</p></li><li><p>Wallets: Apple Pay is tracked separately</p></li></ul>',
  '<h2>Requirements</h2>',
  '<ol><li><p>Customers can choose to save a card when they pay.</p></li>',
  '<li><p>Saved cards are offered first on the payment step, newest first.</p></li>',
  '<li><p>Customers can remove a saved card from their account page.</p></li></ol>',
  '<h2>Work items</h2>',
  '<p><ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="5a3c1e2f-8d4b-4f6a-9c7e-1b2d3f4a5c6e">',
  '<ac:parameter ac:name="key">ABC-2</ac:parameter></ac:structured-macro></p>',
  '<h2>Decisions</h2>',
  '<p><ac:placeholder>Insert the Shipshape DACI decision table here: one row per open decision, with its Driver, Approver, Contributors and Informed.</ac:placeholder></p>',
].join('');

export function seedConfluence(): StandInData['confluence'] {
  const { spaceId, spaceKey, homepageId, specPageId } = SEED_CONFLUENCE;
  return {
    spaces: [
      {
        id: spaceId,
        key: spaceKey,
        name: 'Product',
        type: 'global',
        authorId: ALEX.accountId,
        createdAt: '2026-09-01T08:00:00.000Z',
        homepageId,
        description: 'Specs, decisions and launch plans of the product team.',
      },
    ],
    pages: [
      {
        id: homepageId,
        spaceId,
        status: 'current',
        authorId: ALEX.accountId,
        ownerId: ALEX.accountId,
        createdAt: '2026-09-01T08:00:00.000Z',
        versions: [
          {
            number: 1,
            createdAt: '2026-09-01T08:00:00.000Z',
            message: '',
            minorEdit: false,
            authorId: ALEX.accountId,
            title: 'Product',
            storage: '<p>Welcome to the product team space.</p>',
          },
        ],
      },
      {
        id: specPageId,
        spaceId,
        parentId: homepageId,
        status: 'current',
        authorId: PRIYA.accountId,
        ownerId: PRIYA.accountId,
        createdAt: '2026-10-05T13:20:00.000Z',
        versions: [
          {
            number: 1,
            createdAt: '2026-10-05T13:20:00.000Z',
            message: 'First draft',
            minorEdit: false,
            authorId: PRIYA.accountId,
            title: 'Checkout: saved cards — spec',
            storage: SPEC_V1,
          },
          {
            number: 2,
            createdAt: '2026-10-09T10:05:00.000Z',
            message: 'Non-goals, requirements and a decisions section',
            minorEdit: false,
            authorId: PRIYA.accountId,
            title: 'Checkout: saved cards — spec',
            storage: SPEC_V2,
          },
        ],
      },
      {
        id: DECISIONS_PAGE_ID,
        spaceId,
        parentId: homepageId,
        status: 'current',
        authorId: PRIYA.accountId,
        ownerId: PRIYA.accountId,
        createdAt: '2026-10-12T09:00:00.000Z',
        versions: [
          {
            number: 1,
            createdAt: '2026-10-12T09:00:00.000Z',
            message: 'Platform decisions',
            minorEdit: false,
            authorId: PRIYA.accountId,
            title: 'Checkout platform decisions',
            storage: DECISIONS_PAGE_STORAGE,
          },
        ],
      },
    ],
  };
}
