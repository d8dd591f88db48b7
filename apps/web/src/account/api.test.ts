import { afterEach, describe, expect, it, vi } from "vitest";
import { accountApi } from "./api.ts";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

function answer(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const kdf = { salt: "EpZqaDMCRPGaW2SGlA8MUQ==", opsLimit: 3, memLimitBytes: 67108864 };

describe("accountApi", () => {
  it("sends state changes as JSON, same-origin, to /api/account", async () => {
    const fetchMock = answer(json(200, { kdf }));
    expect(await accountApi.prelogin("robin")).toEqual({ ok: true, value: { kdf } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/account/prelogin");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(init.headers).toEqual({ "Content-Type": "application/json" });
    expect(init.body).toBe(JSON.stringify({ username: "robin" }));
  });

  it("sends a JSON body even when there is nothing to say (the server's CSRF rule)", async () => {
    const fetchMock = answer(new Response(null, { status: 204 }));
    expect(await accountApi.logout()).toEqual({ ok: true, value: undefined });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe("{}");
    expect(init.headers).toEqual({ "Content-Type": "application/json" });
  });

  it("reads no network as unreachable, and a proxy's error page too", async () => {
    answer(new TypeError("Failed to fetch"));
    expect(await accountApi.me()).toEqual({ ok: false, failure: { kind: "unreachable" } });
    answer(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await accountApi.me()).toEqual({ ok: false, failure: { kind: "unreachable" } });
  });

  it("passes on when to try again after too many tries", async () => {
    answer(json(429, { error: "rate_limited", message: "Wait", retryAfterSeconds: 300 }));
    expect(await accountApi.login({ username: "robin", authKey: "x" })).toEqual({
      ok: false,
      failure: { kind: "rateLimited", retryAfterSeconds: 300 },
    });
    answer(new Response("", { status: 429, headers: { "retry-after": "42" } }));
    expect(await accountApi.login({ username: "robin", authKey: "x" })).toEqual({
      ok: false,
      failure: { kind: "rateLimited", retryAfterSeconds: 42 },
    });
  });

  it("hands refusals over with their stable code", async () => {
    answer(json(409, { error: "username_taken", message: "Taken" }));
    const r = await accountApi.signup({
      username: "robin",
      kdf,
      authKey: "a",
      recoveryAuthKey: "b",
      keys: {} as never,
    });
    expect(r).toEqual({ ok: false, failure: { kind: "refused", status: 409, code: "username_taken" } });
  });

  it("treats a server fault or an unreadable answer as unexpected", async () => {
    answer(json(500, { error: "server_error", message: "Something went wrong" }));
    expect(await accountApi.sessions()).toEqual({ ok: false, failure: { kind: "unexpected", status: 500 } });
    answer(json(200, { sessions: "nope" }));
    expect(await accountApi.sessions()).toEqual({ ok: false, failure: { kind: "unexpected", status: 200 } });
  });
});
