import type {
  AccountResponse,
  ApiError,
  KdfWire,
  KeyBundle,
  preloginResponse,
  recoverStartResponse,
  sessionsResponse,
} from "@small-steps/sync";
import { z } from "zod";

/**
 * The account API's answers as the page reads them. Why not the schemas in @small-steps/sync:
 * they import packages/crypto (for the wrapped-key shape), and at runtime that pulls libsodium
 * into the page's chunks, which must never hold it. So the page checks what it reads itself
 * (names, dates, numbers) and treats the key bundle as opaque: the crypto worker validates it
 * with keyBundleSchema before any key is touched. Types still come from the shared package, and
 * wire.test.ts checks these accept what the shared schemas accept.
 */

const kdf: z.ZodType<KdfWire> = z.object({
  salt: z.string(),
  opsLimit: z.number().int(),
  memLimitBytes: z.number().int(),
});

/** Checked in the worker (flows.ts); here only "an object". */
const opaqueBundle = z.custom<KeyBundle>((v) => typeof v === "object" && v !== null && !Array.isArray(v));

export const accountResponseWire: z.ZodType<AccountResponse> = z.object({
  user: z.object({ username: z.string(), createdAt: z.string() }),
  kdf,
  keys: opaqueBundle,
});

export const preloginResponseWire: z.ZodType<z.infer<typeof preloginResponse>> = z.object({ kdf });

export const recoverStartResponseWire: z.ZodType<z.infer<typeof recoverStartResponse>> = z.object({
  keys: opaqueBundle,
});

export const sessionsResponseWire: z.ZodType<z.infer<typeof sessionsResponse>> = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      current: z.boolean(),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      label: z.string(),
    }),
  ),
});

export const logoutOthersResponseWire = z.object({ ended: z.number().int().min(0) });

export const apiErrorWire: z.ZodType<ApiError> = z.object({
  error: z.string(),
  message: z.string(),
  retryAfterSeconds: z.number().optional(),
});
