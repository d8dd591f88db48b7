import {
  apiError,
  loginOptionsResponse,
  loginVerifyResponse,
  type PasskeyWrappedKey,
  passkeyListResponse,
  registrationOptionsResponse,
  registrationVerifyResponse,
} from "@small-steps/sync";
import type { ApiResult } from "../account/api.ts";

/**
 * The passkey API (apps/server/src/passkeys). Same rules as the account client (account/api.ts):
 * every answer is checked against the shared wire schema, failures come back as values, and
 * state-changing requests carry a JSON body (the server's CSRF rule).
 */

const TIMEOUT_MS = 30_000;

type Parser<T> = { parse: (value: unknown) => T };
const nothing: Parser<undefined> = { parse: () => undefined };

async function request<T>(
  method: "GET" | "POST",
  path: string,
  schema: Parser<T>,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/passkeys${path}`, {
      method,
      credentials: "same-origin",
      cache: "no-store",
      headers: method === "POST" ? { "Content-Type": "application/json" } : {},
      body: method === "POST" ? JSON.stringify(body ?? {}) : undefined,
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
  const error = apiError.safeParse(json);
  if (status === 429) {
    const seconds = error.success ? (error.data.retryAfterSeconds ?? 60) : 60;
    return { ok: false, failure: { kind: "rateLimited", retryAfterSeconds: seconds } };
  }
  if (!error.success && (status === 502 || status === 503 || status === 504)) {
    return { ok: false, failure: { kind: "unreachable" } };
  }
  if (error.success && status < 500)
    return { ok: false, failure: { kind: "refused", status, code: error.data.error } };
  return { ok: false, failure: { kind: "unexpected", status } };
}

const id = (passkeyId: string) => `/${encodeURIComponent(passkeyId)}`;

export const passkeyApi = {
  list: () => request("GET", "", passkeyListResponse),
  registerOptions: () => request("POST", "/register/options", registrationOptionsResponse),
  registerVerify: (body: { response: unknown; name?: string; prfWrappedAccountKey?: PasskeyWrappedKey }) =>
    request("POST", "/register/verify", registrationVerifyResponse, body),
  loginOptions: () => request("POST", "/login/options", loginOptionsResponse, {}),
  loginVerify: (body: { response: unknown }) => request("POST", "/login/verify", loginVerifyResponse, body),
  rename: (passkeyId: string, name: string) =>
    request("POST", `${id(passkeyId)}/rename`, registrationVerifyResponse, { name }),
  remove: (passkeyId: string) => request("POST", `${id(passkeyId)}/delete`, nothing, {}),
};
