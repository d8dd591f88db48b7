import { CIRCLE_PATHS, pushKeyResponse, pushSubscribeRequest } from "@small-steps/sync";
import { type ApiFailure, apiRequest } from "../../account/api.ts";
import { browserPushDevice, type DevicePushSubscription, type PushDevice } from "./pushDevice.ts";
import { sameKey, urlBase64ToUint8Array } from "./urlBase64.ts";

/**
 * Turning circle pushes on and off for this device (docs/circle.md CR15). Opt-in, per device:
 * the browser subscribes with the server's VAPID key, and the server keeps the subscription for
 * the signed-in person. Nothing here ever fails loudly: each outcome is a value a screen words.
 */

export type PushState = "unsupported" | "denied" | "on" | "off";

export type PushProblem =
  /** No push on this browser. */
  | "unsupported"
  /** Notifications are blocked for this site in the browser's settings. */
  | "denied"
  /** The permission question was closed without an answer. */
  | "dismissed"
  /** The browser could not subscribe (no push service, no service worker). */
  | "failed"
  /** The person already has push on for the most devices the server keeps. */
  | "tooMany"
  /** The server could not be reached, or asked us to wait. */
  | "unreachable"
  /** Signed out, or an answer we could not use. */
  | "server";

export type PushResult = { ok: true } | { ok: false; problem: PushProblem };

const empty = { parse: () => undefined } as const;

function problemOf(failure: ApiFailure): PushProblem {
  if (failure.kind === "unreachable" || failure.kind === "rateLimited") return "unreachable";
  if (failure.kind === "refused" && failure.code === "too_many_devices") return "tooMany";
  return "server";
}

/** What the subscribe route takes, from the browser's subscription; undefined if it lacks keys. */
export function toSubscribeBody(json: PushSubscriptionJSON) {
  const parsed = pushSubscribeRequest.safeParse({
    endpoint: json.endpoint,
    keys: { p256dh: json.keys?.p256dh, auth: json.keys?.auth },
  });
  return parsed.success ? parsed.data : undefined;
}

async function currentSubscription(device: PushDevice): Promise<DevicePushSubscription | null> {
  try {
    return (await (await device.pushManager())?.getSubscription()) ?? null;
  } catch {
    return null;
  }
}

/** Whether this device has push on now. */
export async function pushState(device: PushDevice = browserPushDevice()): Promise<PushState> {
  if (!device.supported) return "unsupported";
  const permission = device.permission();
  if (permission === "denied") return "denied";
  if (permission !== "granted") return "off";
  return (await currentSubscription(device)) ? "on" : "off";
}

/** Tells the server about this device's subscription again (e.g. another person signed in here). */
export async function confirmPushSubscription(device: PushDevice = browserPushDevice()): Promise<void> {
  const subscription = await currentSubscription(device);
  const body = subscription ? toSubscribeBody(subscription.toJSON()) : undefined;
  if (body) await apiRequest("POST", CIRCLE_PATHS.pushSubscribe, empty, body);
}

/** Asks for permission if needed, subscribes this device, and tells the server. */
export async function subscribePush(device: PushDevice = browserPushDevice()): Promise<PushResult> {
  if (!device.supported) return { ok: false, problem: "unsupported" };
  let permission = device.permission();
  if (permission === "default") {
    try {
      permission = await device.requestPermission();
    } catch {
      return { ok: false, problem: "failed" };
    }
  }
  if (permission === "denied") return { ok: false, problem: "denied" };
  if (permission !== "granted") return { ok: false, problem: "dismissed" };

  const key = await apiRequest("GET", CIRCLE_PATHS.pushKey, pushKeyResponse);
  if (!key.ok) return { ok: false, problem: problemOf(key.failure) };
  let applicationServerKey: Uint8Array<ArrayBuffer>;
  try {
    applicationServerKey = urlBase64ToUint8Array(key.value.publicKey);
  } catch {
    return { ok: false, problem: "server" };
  }

  let subscription: DevicePushSubscription;
  try {
    const manager = await device.pushManager();
    if (!manager) return { ok: false, problem: "failed" };
    const existing = await manager.getSubscription();
    // Made with another key (the server's keys were replaced): it can no longer be rung.
    if (existing && !sameKey(existing.options.applicationServerKey, applicationServerKey)) {
      await existing.unsubscribe();
    }
    subscription =
      existing && sameKey(existing.options.applicationServerKey, applicationServerKey)
        ? existing
        : await manager.subscribe({ userVisibleOnly: true, applicationServerKey });
  } catch {
    // Headless browsers and some privacy settings have no push service at all.
    return { ok: false, problem: "failed" };
  }

  const body = toSubscribeBody(subscription.toJSON());
  if (!body) {
    await subscription.unsubscribe().catch(() => false);
    return { ok: false, problem: "failed" };
  }
  const saved = await apiRequest("POST", CIRCLE_PATHS.pushSubscribe, empty, body);
  if (!saved.ok) {
    // The switch shows what is true: not on, if the server does not have it.
    await subscription.unsubscribe().catch(() => false);
    return { ok: false, problem: problemOf(saved.failure) };
  }
  return { ok: true };
}

/**
 * Turns push off for this device. The browser's subscription goes first, so nothing rings even if
 * the server cannot be told now; it forgets the subscription when the push service says it is gone.
 */
export async function unsubscribePush(device: PushDevice = browserPushDevice()): Promise<PushResult> {
  const subscription = await currentSubscription(device);
  if (!subscription) return { ok: true };
  try {
    await subscription.unsubscribe();
  } catch {
    return { ok: false, problem: "failed" };
  }
  await apiRequest("POST", CIRCLE_PATHS.pushUnsubscribe, empty, { endpoint: subscription.endpoint });
  return { ok: true };
}
