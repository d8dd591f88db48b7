import { describe, expect, it } from "vitest";
import type { SyncResponse } from "../protocol.ts";
import { createFetchTransport } from "./fetchTransport.ts";

const request = { cursor: 0, changes: [] };
const ok: SyncResponse = { saved: [], conflicts: [], retrieved: [], cursor: 0, more: false, remaining: 0 };

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: RequestInit[] = [];
  const transport = createFetchTransport({
    fetch: async (_url, init) => {
      calls.push(init ?? {});
      return new Response(JSON.stringify(body), { status, headers });
    },
  });
  return { transport, calls };
}

describe("fetch transport", () => {
  it("E16: posts JSON with the session cookie and returns the checked answer", async () => {
    const { transport, calls } = answering(200, ok);
    expect(await transport.sync(request)).toEqual({ ok: true, response: ok });
    expect(calls[0]).toMatchObject({ method: "POST", credentials: "same-origin" });
    expect(JSON.parse(String(calls[0]?.body))).toEqual(request);
  });

  it("E16: turns HTTP answers into typed failures", async () => {
    const cases: [number, unknown, Record<string, string>, unknown][] = [
      [401, { error: "signed_out", message: "…" }, {}, { kind: "signedOut" }],
      [
        429,
        { error: "rate_limited", message: "…", retryAfterSeconds: 12 },
        {},
        { kind: "rateLimited", retryAfterSeconds: 12 },
      ],
      [429, {}, { "retry-after": "30" }, { kind: "rateLimited", retryAfterSeconds: 30 }],
      [413, { error: "quota", message: "…" }, {}, { kind: "quota" }],
      [413, { error: "too_large", message: "too big" }, {}, { kind: "badRequest", message: "too big" }],
      [
        400,
        { error: "bad_request", message: "cursor: too small" },
        {},
        { kind: "badRequest", message: "cursor: too small" },
      ],
      [503, {}, {}, { kind: "server", status: 503 }],
      [200, { not: "a sync answer" }, {}, { kind: "server", status: 200 }],
    ];
    for (const [status, body, headers, failure] of cases) {
      expect(await answering(status, body, headers).transport.sync(request)).toEqual({ ok: false, failure });
    }
  });

  it("E16: a network error is offline", async () => {
    const transport = createFetchTransport({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(await transport.sync(request)).toEqual({ ok: false, failure: { kind: "offline" } });
  });
});
