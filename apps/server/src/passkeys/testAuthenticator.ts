import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

// Test-only: a software authenticator (ES256, "none" attestation) that answers the options our
// server hands out the way a browser and a real passkey would, so route tests can add a passkey
// and sign in with it without a browser. The browser journey (e2e/tests/passkeys.spec.ts) uses
// Chromium's own virtual authenticator.

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export interface TestAuthenticatorOptions {
  origin: string;
  rpID: string;
}

export class TestAuthenticator {
  readonly credentialId = randomBytes(16);
  readonly #privateKey: KeyObject;
  readonly #cosePublicKey: Uint8Array;
  #counter = 0;
  /** The WebAuthn user handle stored at registration (base64url), returned on sign-in. */
  userHandle: string | undefined;

  constructor(private readonly at: TestAuthenticatorOptions) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.#privateKey = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    const coordinate = (value: string | undefined) => new Uint8Array(Buffer.from(value ?? "", "base64url"));
    this.#cosePublicKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, coordinate(jwk.x)],
        [-3, coordinate(jwk.y)],
      ]),
    );
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  #clientData(type: string, challenge: string, origin = this.at.origin): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** What startRegistration() would send for these options. */
  register(options: { challenge: string; user: { id: string } }, override: { origin?: string } = {}) {
    this.userHandle = options.user.id;
    const authData = Buffer.concat([
      sha256(this.at.rpID),
      Buffer.from([FLAG_UP | FLAG_UV | FLAG_AT]),
      u32(this.#counter),
      Buffer.alloc(16), // AAGUID: none
      Buffer.from([0, this.credentialId.length]),
      this.credentialId,
      this.#cosePublicKey,
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ["fmt", "none"],
        ["attStmt", new Map<string, string>()],
        ["authData", new Uint8Array(authData)],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: {
        clientDataJSON: b64url(this.#clientData("webauthn.create", options.challenge, override.origin)),
        attestationObject: b64url(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
    };
  }

  /** What startAuthentication() would send for these options; the counter goes up each time. */
  authenticate(options: { challenge: string }, override: { counter?: number; userHandle?: string } = {}) {
    this.#counter = override.counter ?? this.#counter + 1;
    const authData = Buffer.concat([
      sha256(this.at.rpID),
      Buffer.from([FLAG_UP | FLAG_UV]),
      u32(this.#counter),
    ]);
    const clientDataJSON = this.#clientData("webauthn.get", options.challenge);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), this.#privateKey);
    const userHandle = override.userHandle ?? this.userHandle;
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(userHandle ? { userHandle } : {}),
      },
      clientExtensionResults: {},
    };
  }
}
