import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { startTestApp, type TestApp } from "../testApp.ts";
import { requireSession, sessionFromRequest, sessionOf } from "./guard.ts";
import { signUp } from "./testAccounts.ts";

describe.each(testDatabaseKinds())("the session guard on %s", (kind) => {
  let test: TestApp | undefined;

  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it("lets other features protect their routes and read who is asking", async () => {
    test = await startTestApp(kind);
    const { app } = test;
    // As another feature would, in its own plugin scope.
    await app.register(async (scope) => {
      scope.get("/api/example/guarded", { preHandler: requireSession }, async (request) => ({
        userId: sessionOf(request).userId,
        same: request.session === sessionOf(request),
      }));
      scope.get("/api/example/open", async (request) => ({ session: await sessionFromRequest(request) }));
    });
    const { cookie } = await signUp(app);
    const user = await test.database.handle.db.selectFrom("users").select("id").executeTakeFirstOrThrow();
    const session = await test.database.handle.db
      .selectFrom("sessions")
      .select("id")
      .executeTakeFirstOrThrow();

    const guarded = await app.inject({ method: "GET", url: "/api/example/guarded", headers: { cookie } });
    expect(guarded.statusCode).toBe(200);
    expect(guarded.json()).toEqual({ userId: user.id, same: true });

    const refused = await app.inject({ method: "GET", url: "/api/example/guarded" });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: "signed_out", message: expect.any(String) });

    const open = await app.inject({ method: "GET", url: "/api/example/open", headers: { cookie } });
    expect(open.json()).toEqual({ session: { userId: user.id, sessionId: session.id } });
    const anonymous = await app.inject({ method: "GET", url: "/api/example/open" });
    expect(anonymous.json()).toEqual({ session: null });
  });
});
