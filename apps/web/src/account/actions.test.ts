import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../store/db.ts";
import { changePassword, deleteAccount, recover, signIn, signOut, signUp } from "./actions.ts";
import * as flows from "./flows.ts";
import { currentAccount, loadItemsKey, saveAccount } from "./keyring.ts";

// No Worker in Node: the worker's functions run here directly, as the worker would run them.
vi.mock("./cryptoClient.ts", () => ({
  runCrypto: (name: keyof typeof flows, ...args: unknown[]) =>
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test stand-in for the worker; no bundle here.
    (flows[name] as (...a: unknown[]) => Promise<unknown>)(...args),
}));

type Handler = (body: Record<string, unknown>) => { status: number; body?: unknown };
let routes: Record<string, Handler> = {};
const calls: string[] = [];

beforeEach(async () => {
  routes = {};
  calls.length = 0;
  await db.open();
  await db.meta.clear();
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    const path = url.replace("/api/account/", "");
    calls.push(path);
    const handler = routes[path];
    if (!handler) throw new TypeError("Failed to fetch");
    const r = handler(init.body ? JSON.parse(String(init.body)) : {});
    return new Response(r.body === undefined ? null : JSON.stringify(r.body), { status: r.status });
  });
});

const user = { username: "robin", createdAt: "2026-03-01T10:00:00.000Z" };
const PASSWORD = "a heron by the lock gates";

/** A made account, as the server would hold it. */
async function madeAccount() {
  const m = await flows.createAccount(PASSWORD);
  return { m, account: { user, kdf: m.kdf, keys: m.keys } };
}

describe("account actions", { timeout: 60_000 }, () => {
  it("sign-up keeps the items key on the device and hands back the code once", async () => {
    routes.signup = (b) => ({ status: 201, body: { user, kdf: b.kdf, keys: b.keys } });
    const r = await signUp("robin", PASSWORD);
    if (!r.ok) throw new Error(r.problem.kind);
    expect(r.value.recoveryCode.split(/\s+/).length).toBeGreaterThan(10);
    expect(await currentAccount()).toEqual({ username: "robin" });
    expect((await loadItemsKey())?.id).toBe("items:1");

    routes.signup = () => ({ status: 409, body: { error: "username_taken", message: "Taken" } });
    expect(await signUp("robin", PASSWORD)).toEqual({ ok: false, problem: { kind: "usernameTaken" } });
  });

  it("sign-in opens the bundle with the password; a mismatch or no network says so", async () => {
    const { m, account } = await madeAccount();
    routes.prelogin = () => ({ status: 200, body: { kdf: m.kdf } });
    routes.login = (b) =>
      b.authKey === m.authKey
        ? { status: 200, body: account }
        : { status: 401, body: { error: "wrong_credentials", message: "No" } };
    expect(await signIn("robin", "not the password")).toEqual({
      ok: false,
      problem: { kind: "wrongCredentials" },
    });
    expect(await currentAccount()).toBeNull();
    const r = await signIn("robin", PASSWORD);
    expect(r.ok).toBe(true);
    expect(await loadItemsKey()).toEqual(m.unlocked[0]);

    routes.prelogin = () => ({
      status: 429,
      body: { error: "rate_limited", message: "Wait", retryAfterSeconds: 60 },
    });
    expect(await signIn("robin", PASSWORD)).toEqual({
      ok: false,
      problem: { kind: "rateLimited", retryAfterSeconds: 60 },
    });
    delete routes.prelogin;
    expect(await signIn("robin", PASSWORD)).toEqual({ ok: false, problem: { kind: "unreachable" } });
  });

  it("refuses a server asking for cheaper key settings, sending no auth key", async () => {
    const { m } = await madeAccount();
    routes.prelogin = () => ({ status: 200, body: { kdf: { ...m.kdf, memLimitBytes: 1024 * 1024 } } });
    expect(await signIn("robin", PASSWORD)).toEqual({ ok: false, problem: { kind: "serverParams" } });
    expect(calls).toEqual(["prelogin"]);
  });

  it("signs out of a server whose keys don't open, leaving nothing half-done", async () => {
    const { m, account } = await madeAccount();
    const other = await flows.createAccount(PASSWORD);
    routes.prelogin = () => ({ status: 200, body: { kdf: m.kdf } });
    routes.login = () => ({
      status: 200,
      body: { ...account, keys: { ...m.keys, account: other.keys.account } },
    });
    routes.logout = () => ({ status: 204 });
    expect(await signIn("robin", PASSWORD)).toEqual({ ok: false, problem: { kind: "damaged" } });
    expect(calls).toContain("logout");
    expect(await currentAccount()).toBeNull();
  });

  it("a password change with a wrong current password sends nothing", async () => {
    const { account } = await madeAccount();
    expect(await changePassword(account, "wrong one", "the kettle sings at seven")).toEqual({
      ok: false,
      problem: { kind: "wrongPassword" },
    });
    expect(calls).toEqual([]);
  });

  it("recovery: a typo is caught on the device, a wrong code by the server", async () => {
    const { m, account } = await madeAccount();
    expect(await recover("robin", "abandon abandon", "rain on the allotment shed")).toMatchObject({
      ok: false,
      problem: { kind: expect.stringMatching(/codeIncomplete|codeTypo/) },
    });
    expect(calls).toEqual([]);
    routes["recover/start"] = () => ({ status: 401, body: { error: "wrong_credentials", message: "No" } });
    expect(await recover("robin", m.recoveryCode, "rain on the allotment shed")).toEqual({
      ok: false,
      problem: { kind: "wrongCode" },
    });
    routes["recover/start"] = () => ({ status: 200, body: { keys: m.keys } });
    routes["recover/finish"] = (b) => ({ status: 200, body: { ...account, kdf: b.kdf, keys: b.keys } });
    const r = await recover("robin", m.recoveryCode, "rain on the allotment shed");
    expect(r.ok).toBe(true);
    expect(await loadItemsKey()).toEqual(m.unlocked[0]);
  });

  it("deleting checks the password first and forgets the keys after", async () => {
    const { m, account } = await madeAccount();
    await saveAccount("robin", m.unlocked);
    routes.delete = (b) => (b.authKey === m.authKey ? { status: 204 } : { status: 401, body: {} });
    expect(await deleteAccount(account, "wrong one")).toEqual({
      ok: false,
      problem: { kind: "wrongPassword" },
    });
    expect(calls).toEqual([]);
    expect(await currentAccount()).toEqual({ username: "robin" });
    expect(await deleteAccount(account, PASSWORD)).toEqual({ ok: true, value: undefined });
    expect(await currentAccount()).toBeNull();
  });

  it("signing out forgets the keys even when the server can't be told", async () => {
    const { m } = await madeAccount();
    await saveAccount("robin", m.unlocked);
    expect(await signOut()).toEqual({ told: false });
    expect(await currentAccount()).toBeNull();
  });
});
