import { afterEach, describe, expect, it, vi } from "vitest";

const browser = vi.hoisted(() => ({
  startRegistration: vi.fn(),
  startAuthentication: vi.fn(),
  bufferToBase64URLString: (b: ArrayBuffer) => Buffer.from(b).toString("base64url"),
}));
vi.mock("@simplewebauthn/browser", () => browser);

const { createPasskey, getPasskey, passkeyPrf } = await import("./webauthn.ts");

const SALT = Buffer.alloc(32, 5).toString("base64url");
const prfBytes = new Uint8Array(32).fill(9);

const creation = {
  challenge: "abc",
  rp: { name: "Small Steps", id: "localhost" },
  user: { id: "dXNlcg", name: "robin", displayName: "robin" },
  pubKeyCredParams: [{ type: "public-key" as const, alg: -7 }],
  extensions: { credProps: true },
};

function credential(extensions: unknown) {
  return {
    id: "cred",
    rawId: "cred",
    type: "public-key",
    response: { clientDataJSON: "e30", attestationObject: "oA" },
    clientExtensionResults: extensions,
  };
}

afterEach(() => vi.clearAllMocks());

describe("webauthn", () => {
  it("asks for the PRF with the server's salt as bytes, and keeps the output off the wire", async () => {
    browser.startRegistration.mockResolvedValue(
      credential({
        credProps: { rk: true },
        prf: { enabled: true, results: { first: prfBytes.buffer.slice(0) } },
      }),
    );
    const r = await createPasskey(creation, SALT);
    const { optionsJSON } = browser.startRegistration.mock.calls[0]?.[0] ?? {};
    expect(optionsJSON.extensions.credProps).toBe(true);
    expect(new Uint8Array(optionsJSON.extensions.prf.eval.first)).toEqual(new Uint8Array(32).fill(5));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.prfOutput).toEqual(prfBytes);
    expect(r.value.prfEnabled).toBe(true);
    expect(r.value.response.clientExtensionResults).toEqual({});
    expect(JSON.stringify(r.value.response)).not.toContain("prf");
  });

  it("tells a PRF-capable passkey without output yet from one without PRF", async () => {
    browser.startRegistration.mockResolvedValueOnce(credential({ prf: { enabled: true } }));
    const later = await createPasskey(creation, SALT);
    expect(later.ok && [later.value.prfOutput, later.value.prfEnabled]).toEqual([undefined, true]);
    browser.startAuthentication.mockResolvedValueOnce(credential({}));
    const none = await getPasskey({ challenge: "abc" }, SALT);
    expect(none.ok && [none.value.prfOutput, none.value.prfEnabled]).toEqual([undefined, false]);
  });

  it("names why a prompt ended", async () => {
    const failing = (name: string) => Object.assign(new Error("x"), { name });
    for (const [name, reason] of [
      ["NotAllowedError", "cancelled"],
      ["AbortError", "cancelled"],
      ["InvalidStateError", "alreadyAdded"],
      ["SecurityError", "unsupported"],
      ["UnknownError", "failed"],
    ]) {
      browser.startRegistration.mockRejectedValueOnce(failing(name ?? ""));
      expect(await createPasskey(creation, SALT)).toEqual({ ok: false, reason });
    }
  });

  it("asks one passkey for its PRF output alone, with a fresh challenge of its own", async () => {
    browser.startAuthentication.mockResolvedValue(
      credential({ prf: { results: { first: new Uint8Array(prfBytes) } } }),
    );
    expect(await passkeyPrf("cred", "localhost", SALT)).toEqual(prfBytes);
    const { optionsJSON } = browser.startAuthentication.mock.calls[0]?.[0] ?? {};
    expect(optionsJSON).toMatchObject({
      rpId: "localhost",
      allowCredentials: [{ id: "cred", type: "public-key" }],
    });
    expect(Buffer.from(optionsJSON.challenge, "base64url")).toHaveLength(32);
  });
});
