import ece from "http_ece";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { quickPerson } from "../sync/testSyncApp.ts";
import { startTestApp, type TestApp } from "../testApp.ts";
import { createPushSender, PUSH_GAP_MS, PUSH_PAYLOAD, PUSH_TTL_SECONDS } from "./sender.ts";
import { createPushStore } from "./store.ts";
import {
  startTestPushService,
  type TestDevice,
  type TestPushService,
  verifyVapidHeader,
} from "./testPushService.ts";
import { loadVapidDetails } from "./vapidKeys.ts";

describe.each(testDatabaseKinds())("push sender on %s (CR15)", (kind) => {
  let test: TestApp;
  let service: TestPushService;
  let clock: Date;
  const warn = vi.fn();

  beforeEach(async () => {
    test = await startTestApp(kind);
    service = await startTestPushService();
    clock = new Date("2026-03-01T10:00:00.000Z");
    warn.mockReset();
  });

  afterEach(async () => {
    await service.close();
    await test.cleanup();
  });

  const vapid = () => loadVapidDetails({ ...test.config, pushSubject: "mailto:admin@example.org" });

  function sender() {
    return createPushSender({
      database: test.database.handle,
      vapid: vapid(),
      now: () => clock,
      send: service.send,
      log: { warn } as never,
    });
  }

  async function subscribed(userId: string): Promise<TestDevice> {
    const device = service.device();
    const { endpoint, keys } = device.subscription;
    await createPushStore(test.database.handle.db).subscribe(userId, { endpoint, ...keys }, clock);
    return device;
  }

  const subscriptionCount = async () =>
    (await test.database.handle.db.selectFrom("push_subscriptions").select("id").execute()).length;

  it("sends the generic words only, encrypted to the device (aes128gcm), signed with the VAPID key", async () => {
    const person = await quickPerson(test);
    const device = await subscribed(person.userId);
    const push = sender();
    push.notify(person.userId);
    await push.flush();

    expect(service.received).toHaveLength(1);
    const [received] = service.received;
    if (!received) throw new Error("nothing received");
    expect(received.path).toBe(new URL(device.subscription.endpoint).pathname);
    expect(received.headers["content-encoding"]).toBe("aes128gcm");
    expect(received.headers["content-type"]).toBe("application/octet-stream");
    expect(received.headers.ttl).toBe(String(PUSH_TTL_SECONDS));
    expect(received.headers.urgency).toBe("normal");
    // Ciphertext: none of the words travel in the clear.
    const raw = received.body.toString("latin1");
    for (const word of ["Small Steps", "Someone", "circle", "title"]) expect(raw).not.toContain(word);

    const opened = ece.decrypt(received.body, {
      version: "aes128gcm",
      privateKey: device.ecdh,
      authSecret: device.subscription.keys.auth,
    });
    expect(opened.toString("utf8")).toBe(PUSH_PAYLOAD);
    expect(JSON.parse(opened.toString("utf8"))).toEqual({
      title: "Small Steps",
      body: "Someone in your circle reached out",
      url: "/circle",
    });

    const vapidHeader = verifyVapidHeader(received.headers.authorization);
    expect(vapidHeader.signatureValid).toBe(true);
    expect(vapidHeader.publicKey).toBe(vapid().publicKey);
    expect(vapidHeader.claims.aud).toBe(service.origin);
    expect(vapidHeader.claims.sub).toBe("mailto:admin@example.org");
    expect(vapidHeader.claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(vapidHeader.claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 60 * 60 * 1000);
  });

  it("a header signed by another key does not verify (the check above means something)", async () => {
    const person = await quickPerson(test);
    await subscribed(person.userId);
    const push = sender();
    push.notify(person.userId);
    await push.flush();
    const header = String(service.received[0]?.headers.authorization);
    const other = verifyVapidHeader(
      header.replace(/k=[\w-]+$/, `k=${service.device().subscription.keys.p256dh}`),
    );
    expect(other.signatureValid).toBe(false);
  });

  it("rings each of the person's devices, and nobody else's", async () => {
    const person = await quickPerson(test);
    const someoneElse = await quickPerson(test);
    const phone = await subscribed(person.userId);
    const laptop = await subscribed(person.userId);
    const theirs = await subscribed(someoneElse.userId);
    const push = sender();
    push.notify(person.userId);
    await push.flush();
    const paths = service.received.map((r) => r.path).sort();
    expect(paths).toEqual([phone, laptop].map((d) => new URL(d.subscription.endpoint).pathname).sort());
    expect(paths).not.toContain(new URL(theirs.subscription.endpoint).pathname);
  });

  it("rings a device at most once a minute, then again once the minute has passed", async () => {
    const person = await quickPerson(test);
    await subscribed(person.userId);
    const push = sender();
    push.notify(person.userId);
    push.notify(person.userId);
    await push.flush();
    expect(service.received).toHaveLength(1);

    clock = new Date(clock.getTime() + PUSH_GAP_MS - 1000);
    push.notify(person.userId);
    await push.flush();
    expect(service.received).toHaveLength(1);

    clock = new Date(clock.getTime() + 1000);
    push.notify(person.userId);
    await push.flush();
    expect(service.received).toHaveLength(2);
  });

  it.each([410, 404])("forgets a subscription the push service says is gone (%i)", async (status) => {
    const person = await quickPerson(test);
    const gone = await subscribed(person.userId);
    const kept = await subscribed(person.userId);
    service.answer(gone.subscription.endpoint, status);
    const push = sender();
    push.notify(person.userId);
    await push.flush();
    const left = await test.database.handle.db.selectFrom("push_subscriptions").select("endpoint").execute();
    expect(left.map((row) => row.endpoint)).toEqual([kept.subscription.endpoint]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps a subscription after another failure, and logs it without the endpoint's path or any key", async () => {
    const person = await quickPerson(test);
    const device = await subscribed(person.userId);
    service.answer(device.subscription.endpoint, 500);
    const push = sender();
    push.notify(person.userId);
    await push.flush();
    expect(await subscriptionCount()).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatchObject({ status: 500, pushService: service.origin });
    const logged = JSON.stringify(warn.mock.calls);
    const { endpoint, keys } = device.subscription;
    for (const secret of [new URL(endpoint).pathname, keys.p256dh, keys.auth, vapid().privateKey]) {
      expect(logged).not.toContain(secret);
    }
  });

  it("logs an unreachable push service by its error code only, and never throws to the caller", async () => {
    const person = await quickPerson(test);
    await subscribed(person.userId);
    await service.close();
    const push = sender();
    expect(() => push.notify(person.userId)).not.toThrow();
    await push.flush();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatchObject({ code: "ECONNREFUSED" });
    service = await startTestPushService();
  });

  it("does nothing for a person without subscriptions", async () => {
    const person = await quickPerson(test);
    const push = sender();
    push.notify(person.userId);
    await push.flush();
    expect(service.received).toHaveLength(0);
    expect(warn).not.toHaveBeenCalled();
  });
});
