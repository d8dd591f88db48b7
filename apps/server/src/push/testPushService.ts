import { createECDH, createPrivateKey, createPublicKey, randomBytes, verify, webcrypto } from "node:crypto";
import { Agent, createServer } from "node:https";
import type { AddressInfo } from "node:net";
import * as x509 from "@peculiar/x509";
import webpush from "web-push";
import type { PushSend } from "./sender.ts";

// Test-only: a push service on 127.0.0.1 that speaks HTTPS (web-push sends only over https), with
// a certificate made for this run, and a device whose keys are real P-256, so a test can read what
// web-push really sent: the aes128gcm body, opened with the device's private key, and the VAPID
// header, checked against the server's public key.

/** A made-up browser: the keys a PushSubscription holds, and the private half the test keeps. */
export interface TestDevice {
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  /** The device's ECDH key pair, to open what was encrypted to it. */
  ecdh: ReturnType<typeof createECDH>;
}

export interface ReceivedPush {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface TestPushService {
  origin: string;
  received: ReceivedPush[];
  /** A new device subscribed at this service; the endpoint path is random, like a real one. */
  device: () => TestDevice;
  /** The status this service answers for an endpoint from now on (201 unless told). */
  answer: (endpoint: string, status: number) => void;
  /** web-push's own sendNotification, trusting only this service's certificate. */
  send: PushSend;
  close: () => Promise<void>;
}

async function selfSignedCertificate(): Promise<{ cert: string; key: string }> {
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomBytes(8).toString("hex"),
      name: "CN=127.0.0.1",
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 24 * 60 * 60 * 1000),
      signingAlgorithm: algorithm,
      keys,
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: "ip", value: "127.0.0.1" }])],
    },
    // Node's WebCrypto, under the DOM type the library names.
    webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[1],
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  const key = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }).export({
    format: "pem",
    type: "pkcs8",
  });
  return { cert: certificate.toString("pem"), key: String(key) };
}

export async function startTestPushService(): Promise<TestPushService> {
  const { cert, key } = await selfSignedCertificate();
  const received: ReceivedPush[] = [];
  const statuses = new Map<string, number>();
  const server = createServer({ cert, key }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      response.statusCode = statuses.get(path) ?? 201;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ ca: cert, keepAlive: false });

  return {
    origin,
    received,
    device() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      return {
        subscription: {
          endpoint: `${origin}/push/${randomBytes(16).toString("base64url")}`,
          keys: {
            p256dh: ecdh.getPublicKey().toString("base64url"),
            auth: randomBytes(16).toString("base64url"),
          },
        },
        ecdh,
      };
    },
    answer(endpoint, status) {
      statuses.set(new URL(endpoint).pathname, status);
    },
    send: (subscription, payload, options) =>
      webpush.sendNotification(subscription, payload, { ...options, agent }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        agent.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The VAPID Authorization header (RFC 8292: `vapid t=<JWT>, k=<public key>`), its signature checked. */
export function verifyVapidHeader(header: string | string[] | undefined): {
  publicKey: string;
  claims: { aud: string; exp: number; sub: string };
  signatureValid: boolean;
} {
  const match = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(String(header));
  if (!match) throw new Error("not a VAPID Authorization header");
  const [, head = "", body = "", signature = "", publicKey = ""] = match;
  const point = Buffer.from(publicKey, "base64url");
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33, 65).toString("base64url"),
  };
  const jwtHeader = JSON.parse(Buffer.from(head, "base64url").toString("utf8")) as { alg?: string };
  const signatureValid =
    jwtHeader.alg === "ES256" &&
    verify(
      "sha256",
      Buffer.from(`${head}.${body}`),
      { key: createPublicKey({ key: jwk, format: "jwk" }), dsaEncoding: "ieee-p1363" },
      Buffer.from(signature, "base64url"),
    );
  return {
    publicKey,
    claims: JSON.parse(Buffer.from(body, "base64url").toString("utf8")),
    signatureValid,
  };
}
