import { SECURE_COOKIE_NAME } from "../accounts/cookie.ts";
import { json, makeCredentials, type TestCredentials } from "../accounts/testAccounts.ts";

// Test-only: signing people up and in on a spawned server (spawnServer.ts) over real HTTP, as a
// device would, with the session cookie ready for a Cookie header.

/** "__Host-ss_session=<token>" from a sign-up or sign-in answer. */
export function sessionCookieOf(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${SECURE_COOKIE_NAME}=`) && pair.length > SECURE_COOKIE_NAME.length + 1);
  if (!cookie) throw new Error(`no session cookie in the answer (status ${response.status})`);
  return cookie;
}

export function postJson(url: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { ...json, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

export interface HttpPerson {
  credentials: TestCredentials;
  /** The Cookie header value of the sign-up's session. */
  cookie: string;
}

/** Signs a new person up at `baseUrl` (http://host:port). */
export async function signUpOver(baseUrl: string): Promise<HttpPerson> {
  const credentials = await makeCredentials();
  const response = await postJson(`${baseUrl}/api/account/signup`, credentials);
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return { credentials, cookie: sessionCookieOf(response) };
}

/** Another session for the same person (another device), at `baseUrl`. */
export async function signInOver(baseUrl: string, credentials: TestCredentials): Promise<string> {
  const prelogin = await postJson(`${baseUrl}/api/account/prelogin`, { username: credentials.username });
  if (prelogin.status !== 200) throw new Error(`prelogin failed: ${prelogin.status}`);
  const response = await postJson(`${baseUrl}/api/account/login`, {
    username: credentials.username,
    authKey: credentials.authKey,
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}
