import { wrappedKeySchema } from "@small-steps/crypto/schemas";
import { z } from "zod";

/**
 * The account API's wire shapes, shared by the server (which validates every body with them)
 * and the web app (which builds the bodies). The server never sees a password: it receives the
 * auth key (docs/crypto.md C4) and stores its own Argon2id hash of it. Key material travels only
 * wrapped (C7), so the key bundle is opaque to the server beyond its shape and size.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const b64Of = (bytes: number) =>
  z
    .string()
    .length(Math.ceil(bytes / 3) * 4)
    .regex(BASE64, "expected base64");

/** 32-byte keys sent to the server to be checked against its own hash. */
export const authKeySchema = b64Of(32);
export const saltSchema = b64Of(16);

/**
 * Usernames: no email needed. Compared after NFKC + lower case so "Robin" and "robin" are one
 * name; letters, digits, dot, dash and underscore, 3–32 characters.
 */
export const USERNAME_RULE = /^[\p{L}\p{N}._-]{3,32}$/u;
export const normalizeUsername = (name: string): string => name.normalize("NFKC").trim().toLowerCase();
export const usernameSchema = z
  .string()
  .max(200)
  .transform(normalizeUsername)
  .pipe(z.string().regex(USERNAME_RULE, "3 to 32 letters, digits, dots, dashes or underscores"));

/** Argon2id parameters stored with the salt; the client enforces its own minimums (C2). */
export const kdfSchema = z.object({
  salt: saltSchema,
  opsLimit: z.number().int().min(1).max(20),
  memLimitBytes: z
    .number()
    .int()
    .min(8 * 1024)
    .max(1024 * 1024 * 1024),
});
export type KdfWire = z.infer<typeof kdfSchema>;

/** Every wrapped key an account has. Opaque to the server beyond this shape. */
export const keyBundleSchema = z.object({
  v: z.literal(1),
  /** The account key wrapped by the password's key-encryption key. */
  account: wrappedKeySchema.refine((k) => k.wrappedBy === "password", "wrapped by the password"),
  /** The account key wrapped by the recovery key. */
  recovery: wrappedKeySchema.refine((k) => k.wrappedBy === "recovery", "wrapped by the recovery key"),
  /** Per-purpose keys (items, circle) wrapped by the account key. */
  keys: z
    .array(wrappedKeySchema.refine((k) => k.wrappedBy === "account", "wrapped by the account key"))
    .min(1)
    .max(32),
});
export type KeyBundle = z.infer<typeof keyBundleSchema>;

export const preloginRequest = z.object({ username: usernameSchema });
export const preloginResponse = z.object({ kdf: kdfSchema });

export const signupRequest = z.object({
  username: usernameSchema,
  kdf: kdfSchema,
  authKey: authKeySchema,
  recoveryAuthKey: authKeySchema,
  keys: keyBundleSchema,
});

export const loginRequest = z.object({ username: usernameSchema, authKey: authKeySchema });

export const sessionInfo = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** A coarse browser/OS label from the User-Agent, so a person can tell devices apart. */
  label: z.string(),
});

/** Returned by signup, login, recovery and GET /api/account/me. */
export const accountResponse = z.object({
  user: z.object({ username: z.string(), createdAt: z.string() }),
  kdf: kdfSchema,
  keys: keyBundleSchema,
});
export type AccountResponse = z.infer<typeof accountResponse>;

export const sessionsResponse = z.object({ sessions: z.array(sessionInfo) });

export const passwordChangeRequest = z.object({
  currentAuthKey: authKeySchema,
  newAuthKey: authKeySchema,
  kdf: kdfSchema,
  keys: keyBundleSchema,
});

export const recoverStartRequest = z.object({ username: usernameSchema, recoveryAuthKey: authKeySchema });
/** Only the recovery-wrapped account key is handed out, and only to the holder of the recovery key. */
export const recoverStartResponse = z.object({ keys: keyBundleSchema });

export const recoverFinishRequest = z.object({
  username: usernameSchema,
  recoveryAuthKey: authKeySchema,
  newAuthKey: authKeySchema,
  kdf: kdfSchema,
  keys: keyBundleSchema,
});

/**
 * Adds one per-purpose key (wrapped by the account key) that the bundle does not hold yet — the
 * circle key for an account made before the circle existed (docs/circle.md CR1). A purpose the
 * bundle already holds is refused: keys are never replaced this way.
 */
export const addKeyRequest = z.object({
  key: wrappedKeySchema.refine((k) => k.wrappedBy === "account", "wrapped by the account key"),
});

export const deleteAccountRequest = z.object({ authKey: authKeySchema });

/** Every error the API answers with: a stable code for the client and a plain message. */
export const apiError = z.object({
  error: z.string(),
  message: z.string(),
  retryAfterSeconds: z.number().optional(),
});
export type ApiError = z.infer<typeof apiError>;
