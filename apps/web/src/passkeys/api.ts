import {
  loginOptionsResponse,
  loginVerifyResponse,
  type PasskeyWrappedKey,
  passkeyListResponse,
  registrationOptionsResponse,
  registrationVerifyResponse,
} from "@small-steps/sync";
import { apiRequest } from "../account/api.ts";

/**
 * The passkey API (apps/server/src/passkeys). Same rules as the account client (account/api.ts):
 * every answer is checked against the shared wire schema, failures come back as values, and
 * state-changing requests carry a JSON body (the server's CSRF rule).
 */

type Parser<T> = { parse: (value: unknown) => T };
const nothing: Parser<undefined> = { parse: () => undefined };

const request = <T>(method: "GET" | "POST", path: string, schema: Parser<T>, body?: unknown) =>
  apiRequest(method, `/api/passkeys${path}`, schema, body);

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
