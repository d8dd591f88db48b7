import { createECDH } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import webpush from "web-push";
import { z } from "zod";
import { type Config, ConfigError } from "../config.ts";

/**
 * The server's VAPID identity (RFC 8292), made at first start and kept in the data directory
 * (docs/circle.md CR15). A browser's push subscription is bound to the public key it was made
 * with, so the key must outlive restarts: a new key would silently stop every device's pushes.
 * Several instances (CR14) must therefore share this file, as they share the database.
 */

export const VAPID_FILE = "vapid.json";

export interface VapidKeys {
  /** base64url, 65 bytes uncompressed P-256: what browsers take as applicationServerKey. */
  publicKey: string;
  /** base64url, 32 bytes. Never leaves this server; never logged. */
  privateKey: string;
}

export interface VapidDetails extends VapidKeys {
  /** mailto: or https: — who a push service may contact about our pushes. */
  subject: string;
}

/** A vapid.json that cannot be used: a clear start-up message, never a silent new key. */
export class VapidKeyFileError extends ConfigError {
  override name = "VapidKeyFileError";
}

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const fileSchema = z.object({ publicKey: base64url, privateKey: base64url });

function damaged(file: string, why: string): VapidKeyFileError {
  return new VapidKeyFileError(
    `Small Steps could not start: its push key file ${file} ${why}. Restore it from a backup, or move ` +
      "it away so new keys are made (devices that turned on notifications will then need to turn them on again).",
  );
}

/** Checks the keys are a real P-256 pair, so a damaged file is found at start, not at the first push. */
function parseKeys(file: string, text: string): VapidKeys {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged(file, "is not readable JSON");
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw damaged(file, "does not hold a public and a private key");
  const publicKey = Buffer.from(parsed.data.publicKey, "base64url");
  const privateKey = Buffer.from(parsed.data.privateKey, "base64url");
  if (publicKey.length !== 65 || privateKey.length !== 32)
    throw damaged(file, "holds keys of the wrong size");
  try {
    const ecdh = createECDH("prime256v1");
    ecdh.setPrivateKey(privateKey);
    if (!ecdh.getPublicKey().equals(publicKey)) throw new Error("mismatch");
  } catch {
    throw damaged(file, "holds keys that do not belong together");
  }
  return parsed.data;
}

/**
 * Reads the data directory's VAPID keys, making them on the first start. The file is written
 * whole and then linked into place, so a second instance starting at the same moment reads the
 * first one's keys rather than a half-written file or keys of its own.
 */
export function loadVapidKeys(dataDir: string): VapidKeys {
  const file = join(dataDir, VAPID_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    return parseKeys(file, readFileSync(file, "utf8"));
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ENOENT") throw error;
  }
  const keys = webpush.generateVAPIDKeys();
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "EEXIST") throw error;
    return parseKeys(file, readFileSync(file, "utf8"));
  } finally {
    rmSync(temporary, { force: true });
  }
  return keys;
}

/** PUSH_SUBJECT, else the site's own https page when RP_ID names it, else a placeholder address. */
export function pushSubject(config: Pick<Config, "pushSubject" | "rpId">): string {
  if (config.pushSubject) return config.pushSubject;
  if (config.rpId && config.rpId !== "localhost") return `https://${config.rpId}`;
  return "mailto:push@small-steps.invalid";
}

export function loadVapidDetails(config: Pick<Config, "dataDir" | "pushSubject" | "rpId">): VapidDetails {
  return { ...loadVapidKeys(config.dataDir), subject: pushSubject(config) };
}
