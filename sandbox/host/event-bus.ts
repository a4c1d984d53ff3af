/**
 * The page's side of `@forge/bridge` `events`: Custom UI apps of the same app on one page (the
 * panel and the context view of a work item, several macros) talk through the host. Each
 * mounted frame subscribes callbacks that stay in its iframe; an `emit` from any frame runs
 * every subscription to that event name, on every frame, with the payload.
 */
export type Deliver = (payload: unknown) => Promise<unknown>;

interface Subscription {
  readonly event: string;
  readonly owner: object;
  readonly deliver: Deliver;
}

const subscriptions = new Map<number, Subscription>();
let lastSubscriptionId = 0;

export function subscribe(owner: object, event: string, deliver: Deliver): number {
  lastSubscriptionId += 1;
  subscriptions.set(lastSubscriptionId, { event, owner, deliver });
  return lastSubscriptionId;
}

/** Only the frame that subscribed may end its subscription. */
export function unsubscribe(owner: object, subscriptionId: number): void {
  if (subscriptions.get(subscriptionId)?.owner === owner) subscriptions.delete(subscriptionId);
}

export function unsubscribeAll(owner: object): void {
  for (const [id, subscription] of subscriptions) if (subscription.owner === owner) subscriptions.delete(id);
}

/** Resolves once every subscriber's callback has run; a failing callback does not stop the others. */
export async function emit(event: string, payload: unknown, onFailure: (error: unknown) => void): Promise<void> {
  const targets = [...subscriptions.values()].filter((s) => s.event === event);
  await Promise.all(targets.map((s) => s.deliver(payload).catch(onFailure)));
}
