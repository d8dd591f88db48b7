import { createAccount } from "../../apps/web/src/account/flows.ts";
import type { Key, KeyId } from "../../packages/crypto/src/index.ts";
import { purposeOf } from "../../packages/crypto/src/index.ts";

/**
 * A real account made the way the web app makes one (its own sign-up flow: Argon2id, a random
 * account key wrapped by the password and a recovery key, an items key), sent through the real
 * API. Benches keep the auth key to sign more sessions in without deriving again.
 */
export interface BenchAccount {
  username: string;
  password: string;
  authKey: string;
  /** "name=value" of the session cookie, ready for a Cookie header. */
  cookie: string;
  /** The items key, to seal envelopes the web app can open. */
  itemsKey: Key;
}

const JSON_HEADERS = { "content-type": "application/json" };

export function sessionCookie(res: Response): string {
  // __Host-ss_session, or ss_session when the server runs with COOKIE_SECURE=false.
  const found = res.headers.getSetCookie().find((c) => /^(__Host-)?ss_session=/.test(c));
  if (!found) throw new Error("the server set no session cookie");
  return found.split(";")[0] as string;
}

async function post(url: string, body: unknown): Promise<Response> {
  const res = await fetch(url, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${new URL(url).pathname} answered ${res.status}: ${await res.text()}`);
  return res;
}

export async function signUp(baseUrl: string, username: string, password: string): Promise<BenchAccount> {
  const material = await createAccount(password);
  const res = await post(`${baseUrl}/api/account/signup`, {
    username,
    kdf: material.kdf,
    authKey: material.authKey,
    recoveryAuthKey: material.recoveryAuthKey,
    keys: material.keys,
  });
  const items = material.unlocked[0];
  if (!items) throw new Error("sign-up made no items key");
  const id = items.id as KeyId;
  return {
    username,
    password,
    authKey: material.authKey,
    cookie: sessionCookie(res),
    itemsKey: { id, purpose: purposeOf(id), bytes: items.bytes },
  };
}

/** One more session (one more device) for the account; returns its cookie. */
export async function logIn(baseUrl: string, account: BenchAccount): Promise<string> {
  const res = await post(`${baseUrl}/api/account/login`, {
    username: account.username,
    authKey: account.authKey,
  });
  return sessionCookie(res);
}
