import { createAccount } from "../../apps/web/src/account/flows.ts";
import {
  type CircleKeyPair,
  newCircleKeyPair,
  publicKeyToBase64,
} from "../../packages/crypto/src/circleBox.ts";
import {
  CIRCLE_PATHS,
  circleKeyResponse,
  inviteAcceptResponse,
  inviteCreateResponse,
} from "../../packages/sync/src/index.ts";
import { sessionCookie } from "./account.ts";

/** One bench person in the circle: their one session (one device) and their circle key pair. */
export interface CirclePerson {
  username: string;
  /** "name=value" of the session cookie. Never printed. */
  cookie: string;
  userId: string;
  keys: CircleKeyPair;
}

/** Runs `fn` over `items` with at most `limit` running at once; results in the items' order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A circle route with the person's session; throws on anything but 2xx (the body never has secrets). */
export async function circleApi(
  baseUrl: string,
  cookie: string,
  method: "GET" | "POST" | "PUT",
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? { cookie } : { cookie, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

export interface SignUps {
  people: { username: string; cookie: string }[];
  /** One client-side sign-up derivation (the web app's createAccount: Argon2id and key wrapping). */
  deriveMs: number;
}

/**
 * `count` real accounts through POST /api/account/signup, `concurrency` at a time. The client side
 * of a sign-up (Argon2id at the web app's parameters, fresh keys, wrapping) is done once and its
 * material sent for every name: the server cannot tell, and still hashes each account's two auth
 * keys with its own Argon2id, so the server's cost per sign-up is the real one.
 */
export async function signUpMany(
  baseUrl: string,
  count: number,
  prefix: string,
  concurrency: number,
): Promise<SignUps> {
  const t0 = performance.now();
  const material = await createAccount("a quiet walk by the ocean");
  const deriveMs = performance.now() - t0;
  const body = {
    kdf: material.kdf,
    authKey: material.authKey,
    recoveryAuthKey: material.recoveryAuthKey,
    keys: material.keys,
  };
  const names = Array.from({ length: count }, (_, i) => `${prefix}_${String(i).padStart(5, "0")}`);
  const people = await mapLimit(names, concurrency, async (username) => {
    const res = await fetch(`${baseUrl}/api/account/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, ...body }),
    });
    if (!res.ok) throw new Error(`sign-up answered ${res.status}: ${await res.text()}`);
    return { username, cookie: sessionCookie(res) };
  });
  return { people, deriveMs };
}

/** CR1: a fresh key pair per person, published with PUT /api/circle/key; the answer names the person. */
export async function publishCircleKey(
  baseUrl: string,
  person: { username: string; cookie: string },
): Promise<CirclePerson> {
  const keys = await newCircleKeyPair();
  const answer = circleKeyResponse.parse(
    await circleApi(baseUrl, person.cookie, "PUT", CIRCLE_PATHS.key, {
      publicKey: await publicKeyToBase64(keys.publicKey),
    }),
  );
  return { ...person, userId: answer.userId, keys };
}

/** CR3–CR4: `inviter` makes an invite; `acceptor` accepts its code and so joins the inviter's circle. */
export async function connect(baseUrl: string, inviter: CirclePerson, acceptor: CirclePerson): Promise<void> {
  const { code } = inviteCreateResponse.parse(
    await circleApi(baseUrl, inviter.cookie, "POST", CIRCLE_PATHS.invites, {}),
  );
  const { connection } = inviteAcceptResponse.parse(
    await circleApi(baseUrl, acceptor.cookie, "POST", CIRCLE_PATHS.accept, { code }),
  );
  if (connection.peerId !== inviter.userId) throw new Error("accepted an invite from someone else");
}
