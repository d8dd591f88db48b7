import type { AccountResponse, KdfWire, KeyBundle } from "@small-steps/sync";
import type { z } from "zod";
import {
  accountResponseWire,
  apiErrorWire,
  logoutOthersResponseWire,
  preloginResponseWire,
  recoverStartResponseWire,
  sessionsResponseWire,
} from "./wire.ts";

/**
 * The account API (apps/server/src/accounts). Every answer is checked against the shared wire
 * schema before use. Failures are values a screen can turn into calm words: the server could
 * not be reached, it asked us to wait, or it said no with a stable code ("wrong_credentials").
 * State-changing requests always carry a JSON body and Content-Type (the server's CSRF rule).
 */

export type ApiFailure =
  /** No answer: offline, the server is down, or it took too long. */
  | { kind: "unreachable" }
  /** Too many tries; the server says when to try again. */
  | { kind: "rateLimited"; retryAfterSeconds: number }
  /** A refusal with the server's stable code (username_taken, wrong_credentials, signed_out…). */
  | { kind: "refused"; status: number; code: string }
  /** A server fault or an answer we could not read. */
  | { kind: "unexpected"; status: number };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

const TIMEOUT_MS = 30_000;
const empty = { parse: () => undefined } as const;

function request<T>(
  method: "GET" | "POST",
  path: string,
  schema: { parse: (v: unknown) => T } | z.ZodType<T>,
  body?: unknown,
): Promise<ApiResult<T>> {
  return apiRequest(method, `/api/account/${path}`, schema, body);
}

/**
 * One call to our API, its answer checked against the shared wire schema and every failure
 * turned into a value (unreachable, rate limited, refused, unexpected). Passkeys use it too.
 */
export async function apiRequest<T>(
  method: "GET" | "POST" | "PUT",
  url: string,
  schema: { parse: (v: unknown) => T } | z.ZodType<T>,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: "same-origin",
      cache: "no-store",
      headers: method === "GET" ? {} : { "Content-Type": "application/json" },
      body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { ok: false, failure: { kind: "unreachable" } };
  }
  const status = response.status;
  let json: unknown;
  if (status !== 204) {
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
  }
  if (response.ok) {
    try {
      return { ok: true, value: schema.parse(json) };
    } catch {
      return { ok: false, failure: { kind: "unexpected", status } };
    }
  }
  const error = apiErrorWire.safeParse(json);
  if (status === 429) {
    const header = Number(response.headers.get("retry-after"));
    const seconds = error.success && error.data.retryAfterSeconds ? error.data.retryAfterSeconds : header;
    return {
      ok: false,
      failure: {
        kind: "rateLimited",
        retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60,
      },
    };
  }
  // A proxy's error page (502, 504) means the server itself could not be reached.
  if (!error.success && (status === 502 || status === 503 || status === 504)) {
    return { ok: false, failure: { kind: "unreachable" } };
  }
  if (error.success && status < 500)
    return { ok: false, failure: { kind: "refused", status, code: error.data.error } };
  return { ok: false, failure: { kind: "unexpected", status } };
}

export const accountApi = {
  prelogin: (username: string) => request("POST", "prelogin", preloginResponseWire, { username }),
  signup: (body: {
    username: string;
    kdf: KdfWire;
    authKey: string;
    recoveryAuthKey: string;
    keys: KeyBundle;
  }) => request("POST", "signup", accountResponseWire, body),
  login: (body: { username: string; authKey: string }) => request("POST", "login", accountResponseWire, body),
  me: () => request("GET", "me", accountResponseWire),
  sessions: () => request("GET", "sessions", sessionsResponseWire),
  logout: () => request("POST", "logout", empty),
  logoutOthers: () => request("POST", "logout-others", logoutOthersResponseWire),
  logoutAll: () => request("POST", "logout-all", empty),
  changePassword: (body: { currentAuthKey: string; newAuthKey: string; kdf: KdfWire; keys: KeyBundle }) =>
    request("POST", "password", accountResponseWire, body),
  recoverStart: (body: { username: string; recoveryAuthKey: string }) =>
    request("POST", "recover/start", recoverStartResponseWire, body),
  recoverFinish: (body: {
    username: string;
    recoveryAuthKey: string;
    newAuthKey: string;
    kdf: KdfWire;
    keys: KeyBundle;
  }) => request("POST", "recover/finish", accountResponseWire, body),
  deleteAccount: (body: { authKey: string }) => request("POST", "delete", empty, body),
  /** Adds a key the bundle lacked (the circle key of an older account); `key` is a WrappedKey. */
  addKey: (body: { key: unknown }) => request("POST", "keys", accountResponseWire, body),
};

export type { AccountResponse };
