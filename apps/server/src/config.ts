import { isIP } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

// Defaults are anchored to the repository, not the current directory, so `npm start` from the root and
// `npm start -w @small-steps/server` both keep their data in the same ./data folder.
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  webDist: string;
  logLevel: (typeof logLevels)[number];
  /** Passed to Fastify's trustProxy: which proxies may tell us the client's protocol and address. */
  trustProxy: boolean | string;
  /** PostgreSQL connection URL; when unset the server keeps a SQLite file in dataDir. */
  databaseUrl?: string;
  /**
   * Session cookies carry Secure and the __Host- prefix. Turn off only for plain-http self-hosting
   * on a home network, where browsers would otherwise refuse to store the cookie.
   */
  cookieSecure: boolean;
  /** A session ends after this many days without use… */
  sessionIdleDays: number;
  /** …and after this many days whatever happens, so a lost device does not stay signed in forever. */
  sessionMaxDays: number;
  /**
   * The WebAuthn relying-party id passkeys are bound to: the site's domain (e.g. steps.example.org).
   * When unset, the host name each request came to. Set it when the server is reached by more than
   * one name, since a passkey works only under the id it was made for.
   */
  rpId?: string;
  /**
   * Who push services may contact about this server's pushes (RFC 8292 "sub"): a mailto: address or
   * an https: page. When unset, https://RP_ID if that is set, otherwise a placeholder.
   */
  pushSubject?: string;
}

const portMessage = "must be a whole number between 1 and 65535";
const portSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: portMessage })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: portMessage }).max(65535, { error: portMessage }));

// Names that Fastify's proxy-addr understands besides plain addresses and CIDR ranges.
const proxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(item: string): boolean {
  if (proxyNames.has(item)) return true;
  const [address = "", bits, ...rest] = item.split("/");
  if (rest.length > 0 || isIP(address) === 0) return false;
  return bits === undefined || /^\d{1,3}$/.test(bits);
}

const trustProxySchema = z
  .string()
  .trim()
  .transform((value): string | boolean => {
    const lowered = value.toLowerCase();
    if (lowered === "false") return false;
    if (lowered === "true") return true;
    return value;
  })
  .refine(
    (value) => typeof value === "boolean" || value.split(",").every((item) => isProxyAddress(item.trim())),
    {
      error:
        "must be true, false, or a comma-separated list of proxy addresses such as 127.0.0.1 or loopback",
    },
  );

const nonEmpty = z.string().trim().min(1, { error: "must not be empty" });

const booleanSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["true", "false"], { error: "must be true or false" }))
  .transform((value) => value === "true");

const daysMessage = "must be a whole number of days between 1 and 3650";
const daysSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: daysMessage })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: daysMessage }).max(3650, { error: daysMessage }));

const databaseUrlSchema = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { error: "must be a PostgreSQL address such as postgres://user:password@host:5432/database" },
  );

// A domain name, never an IP address: browsers refuse passkeys for a bare address.
const rpIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) =>
      isIP(value) === 0 &&
      /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(
        value,
      ),
    {
      error: "must be a domain name such as steps.example.org (not an IP address)",
    },
  );

// Push services accept only these two forms; Apple's also refuses a localhost page.
const pushSubjectSchema = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        if (url.protocol === "mailto:") return /^[^@\s]+@[^@\s]+$/.test(url.pathname);
        return url.protocol === "https:" && url.hostname !== "localhost";
      } catch {
        return false;
      }
    },
    { error: "must be a mailto: address or an https: page, such as mailto:admin@example.org" },
  );

const envSchema = z.object({
  PORT: portSchema.default(8080),
  HOST: nonEmpty.default("127.0.0.1"),
  DATA_DIR: nonEmpty.optional(),
  WEB_DIST: nonEmpty.optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(", ")}` }).default("info"),
  TRUST_PROXY: trustProxySchema.default(false),
  DATABASE_URL: databaseUrlSchema.optional(),
  COOKIE_SECURE: booleanSchema.default(true),
  SESSION_IDLE_DAYS: daysSchema.default(30),
  SESSION_MAX_DAYS: daysSchema.default(180),
  RP_ID: rpIdSchema.optional(),
  PUSH_SUBJECT: pushSubjectSchema.optional(),
});

// Secrets never appear in an error message, even the one a person sees on the console.
const secretSettings = new Set(["DATABASE_URL"]);

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads settings from the environment. Relative paths given by the person are resolved against the
 * directory they started from, as a shell user expects.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  // Empty variables (PORT= npm start) mean "use the default", not "invalid".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "setting");
      if (secretSettings.has(name)) return `${name} ${issue.message}.`;
      return `${name} ${issue.message} (it is "${env[name] ?? ""}").`;
    });
    throw new ConfigError(`Small Steps could not start because of a setting:\n  ${problems.join("\n  ")}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR ? resolve(cwd, values.DATA_DIR) : resolve(repoRoot, "data"),
    webDist: values.WEB_DIST ? resolve(cwd, values.WEB_DIST) : resolve(repoRoot, "apps/web/dist"),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    cookieSecure: values.COOKIE_SECURE,
    sessionIdleDays: values.SESSION_IDLE_DAYS,
    sessionMaxDays: values.SESSION_MAX_DAYS,
    ...(values.RP_ID ? { rpId: values.RP_ID } : {}),
    ...(values.PUSH_SUBJECT ? { pushSubject: values.PUSH_SUBJECT } : {}),
  };
}
