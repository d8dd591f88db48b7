import type { FastifyBaseLogger } from "fastify";
import webpush, { type PushSubscription, type RequestOptions } from "web-push";
import type { Clock } from "../accounts/sessions.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { createPushStore, type StoredSubscription } from "./store.ts";
import type { VapidDetails } from "./vapidKeys.ts";

/**
 * Rings a person's devices when someone in their circle reaches out (docs/circle.md CR15). The
 * circle routes decide *whether* (a non-quiet box, a sender not muted: CR9, CR10); this decides
 * *how*: the same generic words for everyone — no name, no message, no id — encrypted to each
 * device (RFC 8291, by web-push), at most once a minute per device.
 */

/** Exactly what every push says. The push service, and a locked phone's screen, learn nothing more. */
export const PUSH_PAYLOAD = JSON.stringify({
  title: "Small Steps",
  body: "Someone in your circle reached out",
  url: "/circle",
});

/** One push a minute per device, however many boxes arrive. */
export const PUSH_GAP_MS = 60 * 1000;
/** A phone that is off for a day will not buzz with something stale when it comes back. */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;
const SEND_TIMEOUT_MS = 10 * 1000;

/** web-push's sendNotification, or a stand-in; it rejects with `statusCode` for a refusal. */
export type PushSend = (
  subscription: PushSubscription,
  payload: string,
  options: RequestOptions,
) => Promise<unknown>;

export interface PushSenderDeps {
  database: DatabaseHandle;
  vapid: VapidDetails;
  now?: Clock;
  send?: PushSend;
  log?: Pick<FastifyBaseLogger, "warn">;
}

export interface PushSender {
  /** Fire and forget: never throws, never waits; failures are logged without secrets. */
  notify(recipientId: string): void;
  /** Resolves once every push begun so far has finished (on close, and in tests). */
  flush(): Promise<void>;
}

/** Which push service, never the endpoint's path: that is the device's secret capability. */
function serviceOf(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return "unknown";
  }
}

/** What may be logged of a failure: a status or an error code, never a message that could hold a URL. */
function failureOf(error: unknown): { status?: number; code?: string } {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  return {
    ...(typeof statusCode === "number" ? { status: statusCode } : {}),
    ...(typeof code === "string" ? { code } : {}),
  };
}

export function createPushSender(deps: PushSenderDeps): PushSender {
  const store = createPushStore(deps.database.db);
  const now = deps.now ?? (() => new Date());
  const send = deps.send ?? webpush.sendNotification;
  const log = deps.log;
  const pending = new Set<Promise<void>>();
  const options: RequestOptions = {
    vapidDetails: deps.vapid,
    TTL: PUSH_TTL_SECONDS,
    urgency: "normal",
    timeout: SEND_TIMEOUT_MS,
  };

  async function ring(subscription: StoredSubscription): Promise<void> {
    if (!(await store.claimTurn(subscription.id, now(), PUSH_GAP_MS))) return;
    try {
      await send(
        { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
        PUSH_PAYLOAD,
        options,
      );
    } catch (error) {
      const failure = failureOf(error);
      // The browser unsubscribed, or the subscription expired: it will never work again.
      if (failure.status === 404 || failure.status === 410) {
        await store.remove(subscription.id);
        return;
      }
      log?.warn(
        { subscriptionId: subscription.id, pushService: serviceOf(subscription.endpoint), ...failure },
        "a push could not be sent",
      );
    }
  }

  async function ringAll(recipientId: string): Promise<void> {
    const subscriptions = await store.listFor(recipientId);
    await Promise.all(subscriptions.map(ring));
  }

  return {
    notify(recipientId) {
      const task = ringAll(recipientId).catch((error: unknown) => {
        log?.warn(failureOf(error), "pushes could not be sent");
      });
      pending.add(task);
      void task.finally(() => pending.delete(task));
    },
    async flush() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
