import { CIRCLE_PATHS } from "@small-steps/sync";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DevicePushSubscription, PushDevice } from "./pushDevice.ts";
import { pushState, subscribePush, toSubscribeBody, unsubscribePush } from "./pushSubscription.ts";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const point = (seed: number) => Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : (i * seed) % 256));
const serverKey = point(7);

/** A browser stand-in: its permission answer, and a push manager that can fail like a headless one. */
function fakeDevice(
  options: {
    permission?: NotificationPermission;
    answer?: NotificationPermission;
    noPushService?: boolean;
    noWorker?: boolean;
    existingKey?: Uint8Array;
  } = {},
) {
  let permission = options.permission ?? "default";
  let count = 0;
  let current: DevicePushSubscription | null = null;
  const make = (key: Uint8Array): DevicePushSubscription => {
    const endpoint = `https://push.example/send/${++count}`;
    const subscription: DevicePushSubscription = {
      endpoint,
      options: { applicationServerKey: key.slice().buffer },
      toJSON: () => ({
        endpoint,
        keys: { p256dh: b64(point(count)), auth: b64(new Uint8Array(16).fill(count)) },
      }),
      unsubscribe: async () => {
        if (current === subscription) current = null;
        return true;
      },
    };
    return subscription;
  };
  if (options.existingKey) current = make(options.existingKey);
  const subscribe = vi.fn(async ({ applicationServerKey }: { applicationServerKey: Uint8Array }) => {
    if (options.noPushService)
      throw new DOMException("Registration failed - push service not available", "AbortError");
    current = make(applicationServerKey);
    return current;
  });
  const device: PushDevice = {
    supported: true,
    permission: () => permission,
    requestPermission: async () => {
      permission = options.answer ?? "granted";
      return permission;
    },
    pushManager: async () =>
      options.noWorker ? undefined : { getSubscription: async () => current, subscribe },
  };
  return { device, subscribe, current: () => current };
}

/** The server: the key, and a subscribe answer the test chooses. */
function fakeServer(subscribeAnswer: () => Response = () => new Response(null, { status: 204 })) {
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
    if (url === CIRCLE_PATHS.pushKey) return Response.json({ publicKey: b64(serverKey) });
    if (url === CIRCLE_PATHS.pushSubscribe) return subscribeAnswer();
    if (url === CIRCLE_PATHS.pushUnsubscribe) return new Response(null, { status: 204 });
    return new Response(null, { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  const bodiesTo = (path: string) =>
    fetchMock.mock.calls.filter(([url]) => url === path).map(([, init]) => JSON.parse(String(init?.body)));
  return { fetchMock, bodiesTo };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("turning circle pushes on", () => {
  it("asks permission, subscribes with the server's key, and sends the subscription", async () => {
    const server = fakeServer();
    const { device, subscribe, current } = fakeDevice();
    expect(await pushState(device)).toBe("off");
    expect(await subscribePush(device)).toEqual({ ok: true });
    expect(subscribe).toHaveBeenCalledWith({ userVisibleOnly: true, applicationServerKey: serverKey });
    const sent = current()?.toJSON();
    expect(server.bodiesTo(CIRCLE_PATHS.pushSubscribe)).toEqual([
      { endpoint: sent?.endpoint, keys: { p256dh: sent?.keys?.p256dh, auth: sent?.keys?.auth } },
    ]);
    expect(await pushState(device)).toBe("on");
  });

  it("reuses a subscription made with the same key, and replaces one made with another", async () => {
    fakeServer();
    const same = fakeDevice({ permission: "granted", existingKey: serverKey });
    await subscribePush(same.device);
    expect(same.subscribe).not.toHaveBeenCalled();
    const other = fakeDevice({ permission: "granted", existingKey: point(3) });
    await subscribePush(other.device);
    expect(other.subscribe).toHaveBeenCalledTimes(1);
  });

  it("says blocked or dismissed when the person says no, without asking the server anything", async () => {
    const server = fakeServer();
    expect(await subscribePush(fakeDevice({ answer: "denied" }).device)).toEqual({
      ok: false,
      problem: "denied",
    });
    expect(await subscribePush(fakeDevice({ answer: "default" }).device)).toEqual({
      ok: false,
      problem: "dismissed",
    });
    expect(await pushState(fakeDevice({ permission: "denied" }).device)).toBe("denied");
    expect(server.fetchMock).not.toHaveBeenCalled();
  });

  it("fails kindly when the browser has no push service (headless) or no service worker", async () => {
    const server = fakeServer();
    const headless = fakeDevice({ noPushService: true });
    expect(await subscribePush(headless.device)).toEqual({ ok: false, problem: "failed" });
    expect(await subscribePush(fakeDevice({ noWorker: true }).device)).toEqual({
      ok: false,
      problem: "failed",
    });
    expect(server.bodiesTo(CIRCLE_PATHS.pushSubscribe)).toEqual([]);
    expect(await pushState(headless.device)).toBe("off");
  });

  it("undoes the browser's subscription when the server does not keep it (too many devices, offline)", async () => {
    fakeServer(() => Response.json({ error: "too_many_devices", message: "…" }, { status: 409 }));
    const full = fakeDevice();
    expect(await subscribePush(full.device)).toEqual({ ok: false, problem: "tooMany" });
    expect(full.current()).toBeNull();

    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const offline = fakeDevice({ permission: "granted" });
    expect(await subscribePush(offline.device)).toEqual({ ok: false, problem: "unreachable" });
  });

  it("says unsupported on a browser without push", async () => {
    const unsupported: PushDevice = { ...fakeDevice().device, supported: false };
    expect(await pushState(unsupported)).toBe("unsupported");
    expect(await subscribePush(unsupported)).toEqual({ ok: false, problem: "unsupported" });
  });
});

describe("turning circle pushes off", () => {
  it("unsubscribes the browser first, then tells the server which endpoint", async () => {
    const server = fakeServer();
    const { device, current } = fakeDevice({ permission: "granted", existingKey: serverKey });
    const endpoint = current()?.endpoint;
    expect(await unsubscribePush(device)).toEqual({ ok: true });
    expect(current()).toBeNull();
    expect(server.bodiesTo(CIRCLE_PATHS.pushUnsubscribe)).toEqual([{ endpoint }]);
    expect(await pushState(device)).toBe("off");
  });

  it("is off even when the server cannot be told now", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const { device } = fakeDevice({ permission: "granted", existingKey: serverKey });
    expect(await unsubscribePush(device)).toEqual({ ok: true });
    expect(await pushState(device)).toBe("off");
  });
});

describe("toSubscribeBody", () => {
  it("keeps only the endpoint and the two keys, and refuses a subscription without keys", () => {
    const keys = { p256dh: "BAAA", auth: "AAAA" };
    expect(toSubscribeBody({ endpoint: "https://push.example/x", expirationTime: null, keys })).toEqual({
      endpoint: "https://push.example/x",
      keys,
    });
    expect(toSubscribeBody({ endpoint: "https://push.example/x" })).toBeUndefined();
    expect(toSubscribeBody({ endpoint: "http://push.example/x", keys })).toBeUndefined();
  });
});
