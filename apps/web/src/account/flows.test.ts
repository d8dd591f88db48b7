import {
  keyBundleSchema,
  passwordChangeRequest,
  recoverFinishRequest,
  signupRequest,
} from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import {
  changePassword,
  createAccount,
  openBundle,
  passwordKeys,
  provePassword,
  recoverAccount,
  recoveryAuthKey,
} from "./flows.ts";

const PASSWORD = "a heron by the lock gates";

/** Sign-in as the screen does it: derive at the server's parameters, then open the bundle. */
async function signIn(password: string, kdf: Parameters<typeof passwordKeys>[1], bundle: unknown) {
  const keys = await passwordKeys(password, kdf);
  if (!keys.ok) throw new Error(keys.reason);
  return { authKey: keys.value.authKey, opened: await openBundle(bundle, keys.value.keyEncryptionKey) };
}

// Argon2id at the real minimums (64 MiB, 3 passes) runs several times here.
describe("account key flows", { timeout: 60_000 }, () => {
  it("builds sign-up material the server accepts and that opens back to the same items key", async () => {
    const m = await createAccount(PASSWORD);
    expect(keyBundleSchema.safeParse(m.keys).success).toBe(true);
    const body = {
      username: "Robin",
      kdf: m.kdf,
      authKey: m.authKey,
      recoveryAuthKey: m.recoveryAuthKey,
      keys: m.keys,
    };
    expect(signupRequest.safeParse(body).success).toBe(true);
    expect(m.kdf).toMatchObject({ opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 });
    expect(m.authKey).not.toBe(m.recoveryAuthKey);
    // The items key and the circle key pair's secret (docs/circle.md CR1).
    expect(m.unlocked.map((k) => k.id)).toEqual(["items:1", "circle:1"]);
    // Nothing secret is in what the server receives.
    expect(JSON.stringify(body)).not.toContain(PASSWORD);

    const again = await signIn(PASSWORD, m.kdf, m.keys);
    expect(again.authKey).toBe(m.authKey);
    expect(again.opened).toEqual({ ok: true, value: m.unlocked });

    const wrong = await signIn("a heron by the lock gate", m.kdf, m.keys);
    expect(wrong.authKey).not.toBe(m.authKey);
    expect(wrong.opened).toEqual({ ok: false, reason: "wrongPassword" });
    expect(await openBundle({ v: 1 }, new Uint8Array(32))).toEqual({ ok: false, reason: "malformed" });

    // C2: whatever the server says, the client refuses cheaper parameters.
    expect(await passwordKeys(PASSWORD, { ...m.kdf, opsLimit: 1 })).toEqual({
      ok: false,
      reason: "paramsBelowMinimum",
    });

    expect(await provePassword(PASSWORD, m.kdf, m.keys)).toEqual({ ok: true, value: m.authKey });
    expect(await provePassword("not it at all", m.kdf, m.keys)).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
  });

  it("CR1: gives a bundle without a circle key one, once, with its wrapping for the server", async () => {
    const m = await createAccount(PASSWORD);
    const older = { ...m.keys, keys: m.keys.keys.filter((k) => !k.keyId.startsWith("circle:")) };
    const opened = await signIn(PASSWORD, m.kdf, older);
    if (!opened.opened.ok) throw new Error("did not open");
    const circle = opened.opened.value.find((k) => k.id === "circle:1");
    expect(circle?.added).toMatchObject({ keyId: "circle:1", wrappedBy: "account" });
    // With the wrapping added, the next sign-in opens the same key and adds nothing.
    const next = { ...older, keys: [...older.keys, circle?.added] };
    const again = await signIn(PASSWORD, m.kdf, next);
    if (!again.opened.ok) throw new Error("did not open");
    const reopened = again.opened.value.find((k) => k.id === "circle:1");
    expect(reopened?.added).toBeUndefined();
    expect(reopened?.bytes).toEqual(circle?.bytes);
  });

  it("changes the password by re-wrapping, with a new salt, and keeps the items key", async () => {
    const m = await createAccount(PASSWORD);
    const NEW = "the kettle sings at seven";
    expect(await changePassword("wrong password", m.kdf, m.keys, NEW)).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
    const changed = await changePassword(PASSWORD, m.kdf, m.keys, NEW);
    if (!changed.ok) throw new Error(changed.reason);
    expect(passwordChangeRequest.safeParse(changed.value).success).toBe(true);
    expect(changed.value.currentAuthKey).toBe(m.authKey);
    expect(changed.value.kdf.salt).not.toBe(m.kdf.salt);
    expect(changed.value.keys.recovery).toEqual(m.keys.recovery);
    expect(changed.value.keys.keys).toEqual(m.keys.keys);

    const withNew = await signIn(NEW, changed.value.kdf, changed.value.keys);
    expect(withNew.authKey).toBe(changed.value.newAuthKey);
    expect(withNew.opened).toEqual({ ok: true, value: m.unlocked });
    expect((await signIn(PASSWORD, changed.value.kdf, changed.value.keys)).opened.ok).toBe(false);
  });

  it("recovers with the code: same recovery auth key, new password, same items key", async () => {
    const m = await createAccount(PASSWORD);
    expect(await recoveryAuthKey(m.recoveryCode)).toEqual({ ok: true, value: m.recoveryAuthKey });
    // Spacing and case do not matter to the person copying it from paper.
    expect(await recoveryAuthKey(m.recoveryCode.toLowerCase().replace(/ /g, "  "))).toEqual({
      ok: true,
      value: m.recoveryAuthKey,
    });
    expect((await recoveryAuthKey("not a code")).ok).toBe(false);

    const NEW = "rain on the allotment shed";
    const other = await createAccount("someone else entirely");
    expect((await recoverAccount(other.recoveryCode, m.keys, NEW)).ok).toBe(false);

    const recovered = await recoverAccount(m.recoveryCode, m.keys, NEW);
    if (!recovered.ok) throw new Error(recovered.reason);
    const body = { username: "robin", recoveryAuthKey: m.recoveryAuthKey, ...recovered.value };
    expect(recoverFinishRequest.safeParse(body).success).toBe(true);
    expect(recovered.value.unlocked).toEqual(m.unlocked);
    expect(recovered.value.keys.recovery).toEqual(m.keys.recovery);
    const withNew = await signIn(NEW, recovered.value.kdf, recovered.value.keys);
    expect(withNew.authKey).toBe(recovered.value.newAuthKey);
    expect(withNew.opened).toEqual({ ok: true, value: m.unlocked });
  });
});
