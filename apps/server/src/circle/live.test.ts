import { liveMessageSchema, SYNC_LIVE_PATH } from "@small-steps/sync";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { type TestSocket, TestWebSocket } from "../sync/testWebSocket.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import { circlePerson, joinCircle } from "./testCircleApp.ts";

describe.each(testDatabaseKinds())("circle live events on %s", (kind) => {
  const { start } = circleAppPerTest(kind);
  const clients: TestSocket[] = [];
  // Registered after circleAppPerTest's, so it runs first: sockets close before the app does.
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  const until = async (check: () => boolean, ms = 3000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it("CR8: a socket on /api/sync/live hears {type:'circle', seq} when a box is stored for its person", async () => {
    const test = await start();
    const base = (await test.app.listen({ port: 0, host: "127.0.0.1" })).replace(/^http/, "ws");
    const a = await circlePerson(test);
    const b = await circlePerson(test);

    const open = async (cookie: string) => {
      const client = new TestWebSocket(`${base}${SYNC_LIVE_PATH}`, { headers: { cookie } });
      clients.push(client);
      const messages: unknown[] = [];
      client.on("message", (data) => messages.push(liveMessageSchema.parse(JSON.parse(data.toString()))));
      await new Promise<void>((resolve, reject) => {
        client.on("open", resolve);
        client.on("error", reject);
      });
      return messages;
    };
    const onA = await open(a.cookie);
    const onB = await open(b.cookie);

    await joinCircle(a, b);
    await until(() => onA.length === 1 && onB.length === 1);
    expect(onA).toEqual([{ type: "connections" }]);

    await a.api.send({ to: b.userId });
    await a.api.send({ to: b.userId, quiet: true });
    await until(() => onB.length === 3);
    expect(onB).toEqual([{ type: "connections" }, { type: "circle", seq: 1 }, { type: "circle", seq: 2 }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(onA).toEqual([{ type: "connections" }]);
  });
});
