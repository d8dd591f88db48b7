import { connect as connectTcp } from "node:net";
import { connectLive, liveMessageSchema, SYNC_LIVE_PATH } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { json, logIn, signUp } from "../accounts/testAccounts.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { CLOSE_SIGNED_OUT } from "./live.ts";
import { postSync, type SyncTestApp, startSyncTestApp } from "./testSyncApp.ts";
import { type TestSocket, TestWebSocket } from "./testWebSocket.ts";

describe.each(testDatabaseKinds())("GET /api/sync/live on %s", (kind) => {
  let test: SyncTestApp | undefined;
  const clients: TestSocket[] = [];
  let base = "";

  async function start(keepaliveMs?: number): Promise<FastifyInstance> {
    test = await startSyncTestApp(kind, keepaliveMs ? { keepaliveMs } : {});
    const address = await test.app.listen({ port: 0, host: "127.0.0.1" });
    base = address.replace(/^http/, "ws");
    return test.app;
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await test?.cleanup();
    test = undefined;
  });

  /** Opens a socket; resolves with it once open, or with the HTTP status that refused it. */
  function connect(cookie: string | undefined, origin?: string) {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (origin) headers.origin = origin;
    const client = new TestWebSocket(`${base}${SYNC_LIVE_PATH}`, { headers });
    clients.push(client);
    const messages: unknown[] = [];
    let closedWith: ((code: number) => void) | undefined;
    const closed = new Promise<number>((resolve) => {
      closedWith = resolve;
    });
    client.on("message", (data) => messages.push(liveMessageSchema.parse(JSON.parse(data.toString()))));
    client.on("close", (code) => closedWith?.(code));
    const opened = new Promise<{ status: "open" } | { status: number }>((resolve) => {
      client.on("open", () => resolve({ status: "open" }));
      client.on("unexpected-response", (_request, response) => resolve({ status: response.statusCode }));
      client.on("error", () => resolve({ status: -1 }));
    });
    return { client, messages, opened, closed };
  }

  const until = async (check: () => boolean, ms = 3000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const change = (id: string) => ({ id, baseSeq: null, deleted: false, envelope: '{"v":1}' });

  it("S19: a commit nudges the person's other devices, not the one that wrote, nor anyone else", async () => {
    const app = await start();
    const phone = await signUp(app);
    const laptopCookie = await logIn(app, phone.credentials);
    const stranger = await signUp(app);

    const onLaptop = connect(laptopCookie);
    const onPhone = connect(phone.cookie);
    const onStranger = connect(stranger.cookie);
    for (const socket of [onLaptop, onPhone, onStranger])
      expect(await socket.opened).toEqual({ status: "open" });

    const answer = await postSync(app, phone.cookie, { cursor: 0, changes: [change("a"), change("b")] });
    expect(answer.statusCode).toBe(200);
    await until(() => onLaptop.messages.length === 1);
    expect(onLaptop.messages).toEqual([{ type: "changed", seq: 2 }]);

    // A request that writes nothing nudges nobody.
    await postSync(app, phone.cookie, { cursor: 2, changes: [] });
    await postSync(app, stranger.cookie, { cursor: 0, changes: [change("s")] });
    await new Promise((r) => setTimeout(r, 100));
    expect(onLaptop.messages).toHaveLength(1);
    expect(onPhone.messages).toEqual([]);
    expect(onStranger.messages).toEqual([]);
  });

  it("S19/S20: the device's live client hears nudges, and stops when its session ends", async () => {
    const app = await start(50);
    const phone = await signUp(app);
    const laptopCookie = await logIn(app, phone.credentials);
    const events: string[] = [];
    const live = connectLive({
      open: () => new TestWebSocket(`${base}${SYNC_LIVE_PATH}`, { headers: { cookie: laptopCookie } }),
      onConnected: () => events.push("connected"),
      onChanged: (seq) => events.push(`changed ${seq}`),
      onSignedOut: () => events.push("signed out"),
    });
    try {
      await until(() => events.includes("connected"));
      await postSync(app, phone.cookie, { cursor: 0, changes: [change("a")] });
      await until(() => events.includes("changed 1"));
      await app.inject({
        method: "POST",
        url: "/api/account/logout",
        headers: { ...json, cookie: laptopCookie },
        payload: {},
      });
      await until(() => events.includes("signed out"));
      expect(events).toEqual(["connected", "changed 1", "signed out"]);
    } finally {
      live.close();
    }
  });

  it("S19: refuses the upgrade without a session (401) or from another site (403)", async () => {
    const app = await start();
    const { cookie } = await signUp(app);
    expect(await connect(undefined).opened).toEqual({ status: 401 });
    expect(await connect("__Host-ss_session=made-up").opened).toEqual({ status: 401 });
    expect(await connect(cookie, "https://evil.example").opened).toEqual({ status: 403 });
    expect(await connect(cookie, base.replace(/^ws/, "http")).opened).toEqual({ status: "open" });
  });

  it("S20: drops a connection that stops answering pings", async () => {
    const app = await start(50);
    const { cookie } = await signUp(app);
    // A raw handshake with no WebSocket client behind it: it never answers a ping.
    const { port } = new URL(base.replace(/^ws/, "http"));
    const socket = connectTcp(Number(port), "127.0.0.1");
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
    });
    socket.write(
      [
        `GET ${SYNC_LIVE_PATH} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        `Cookie: ${cookie}`,
        "",
        "",
      ].join("\r\n"),
    );
    const opened = Date.now();
    await closed;
    expect(head).toMatch(/^HTTP\/1.1 101/);
    // Dropped by the keepalive: a ping went unanswered for a whole interval.
    expect(Date.now() - opened).toBeGreaterThanOrEqual(50);
  });

  it("S20: closes a socket at the next keepalive once its session has ended", async () => {
    const app = await start(50);
    const { cookie } = await signUp(app);
    const socket = connect(cookie);
    expect(await socket.opened).toEqual({ status: "open" });
    // Still open across several keepalives while signed in (pings are answered by the client).
    await new Promise((r) => setTimeout(r, 200));
    const loggedOut = await app.inject({
      method: "POST",
      url: "/api/account/logout",
      headers: { ...json, cookie },
      payload: {},
    });
    expect(loggedOut.statusCode).toBeLessThan(300);
    expect(await socket.closed).toBe(CLOSE_SIGNED_OUT);
  });
});
