import { randomBytes } from "node:crypto";
import {
  newAccountKey,
  newPurposeKey,
  newRecoveryKey,
  recoverySubkeys,
  wrapAccountKeyForRecovery,
  wrapKey,
} from "@small-steps/crypto";
import type { KdfWire, KeyBundle } from "@small-steps/sync";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";

// Test-only helpers for anything that needs a signed-in person (accounts, sync, WebSocket tests).
// Bundles are real (made with @small-steps/crypto); the auth key is random bytes, because the
// server never sees a password and deriving one with Argon2id at client cost would be slow.

export interface TestCredentials {
  username: string;
  authKey: string;
  recoveryAuthKey: string;
  kdf: KdfWire;
  keys: KeyBundle;
}

export const json = { "content-type": "application/json" } as const;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

export const randomAuthKey = (): string => randomBytes(32).toString("base64");

export function testKdf(): KdfWire {
  return { salt: randomBytes(16).toString("base64"), opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 };
}

/** A real key bundle: an account key wrapped by a (random) password KEK and a recovery key. */
export async function makeKeyBundle(): Promise<{ keys: KeyBundle; recoveryAuthKey: string }> {
  const accountKey = await newAccountKey();
  const itemsKey = await newPurposeKey("items");
  const recovery = await newRecoveryKey();
  const keys: KeyBundle = {
    v: 1,
    account: await wrapKey(accountKey, randomBytes(32), "password"),
    recovery: await wrapAccountKeyForRecovery(accountKey, recovery.bytes),
    keys: [await wrapKey(itemsKey, accountKey.bytes, "account")],
  };
  return { keys, recoveryAuthKey: b64((await recoverySubkeys(recovery.bytes)).authKey) };
}

let counter = 0;

export async function makeCredentials(username = `person_${++counter}_${randomBytes(3).toString("hex")}`) {
  const { keys, recoveryAuthKey } = await makeKeyBundle();
  return {
    username,
    authKey: randomAuthKey(),
    recoveryAuthKey,
    kdf: testKdf(),
    keys,
  } satisfies TestCredentials;
}

/** "name=value" of the session cookie a response set, ready for a Cookie header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.endsWith("ss_session") && c.value !== "");
  if (!cookie) throw new Error(`no session cookie in the response (status ${response.statusCode})`);
  return `${cookie.name}=${cookie.value}`;
}

export interface SignedUp {
  credentials: TestCredentials;
  /** The Cookie header value for this person's session. */
  cookie: string;
}

/** Signs a new person up through the real endpoint and returns their session cookie. */
export async function signUp(app: FastifyInstance, credentials?: TestCredentials): Promise<SignedUp> {
  const body = credentials ?? (await makeCredentials());
  const response = await app.inject({
    method: "POST",
    url: "/api/account/signup",
    headers: json,
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return { credentials: body, cookie: sessionCookie(response) };
}

export async function logIn(
  app: FastifyInstance,
  credentials: Pick<TestCredentials, "username" | "authKey">,
): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/account/login",
    headers: json,
    payload: { username: credentials.username, authKey: credentials.authKey },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return sessionCookie(response);
}
