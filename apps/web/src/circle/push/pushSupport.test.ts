import { describe, expect, it } from "vitest";
import { isPushSupported } from "./pushSupport.ts";

class Stand {}

describe("isPushSupported", () => {
  it("needs a service worker, the Push API and notifications, all three", () => {
    const all = { navigator: { serviceWorker: {} }, PushManager: Stand, Notification: Stand };
    expect(isPushSupported(all)).toBe(true);
    expect(isPushSupported({ ...all, navigator: {} })).toBe(false);
    expect(isPushSupported({ ...all, PushManager: undefined })).toBe(false);
    expect(isPushSupported({ ...all, Notification: undefined })).toBe(false);
  });

  it("is false under Node, where tests run", () => {
    expect(isPushSupported()).toBe(false);
  });
});
