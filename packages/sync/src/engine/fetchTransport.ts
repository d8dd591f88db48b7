import { apiError } from "../account.ts";
import { SYNC_PATH, type SyncRequest, syncResponseSchema } from "../protocol.ts";
import type { Transport, TransportResult } from "./ports.ts";

export interface FetchTransportOptions {
  /** Where POST /api/sync lives; the same origin by default (the session cookie rides along). */
  url?: string;
  fetch?: typeof fetch;
}

/** The Transport over fetch: HTTP answers become the typed failures the engine reports (E16). */
export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  const url = options.url ?? SYNC_PATH;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async sync(request: SyncRequest): Promise<TransportResult> {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: "POST",
          credentials: "same-origin",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(request),
        });
      } catch {
        return { ok: false, failure: { kind: "offline" } };
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const parsed = syncResponseSchema.safeParse(body);
        return parsed.success
          ? { ok: true, response: parsed.data }
          : { ok: false, failure: { kind: "server", status: response.status } };
      }
      const error = apiError.partial().safeParse(body).data;
      switch (response.status) {
        case 401:
          return { ok: false, failure: { kind: "signedOut" } };
        case 429: {
          const raw = response.headers.get("retry-after");
          const header = raw === null ? Number.NaN : Number(raw);
          const retryAfterSeconds =
            error?.retryAfterSeconds ?? (Number.isFinite(header) ? header : undefined);
          return {
            ok: false,
            failure: {
              kind: "rateLimited",
              ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
            },
          };
        }
        case 413:
          if (error?.error === "quota") return { ok: false, failure: { kind: "quota" } };
          return { ok: false, failure: { kind: "badRequest", message: error?.message ?? "too large" } };
        case 400:
          return {
            ok: false,
            failure: { kind: "badRequest", ...(error?.message ? { message: error.message } : {}) },
          };
        default:
          if (response.status >= 500)
            return { ok: false, failure: { kind: "server", status: response.status } };
          return { ok: false, failure: { kind: "badRequest", message: `HTTP ${response.status}` } };
      }
    },
  };
}
