/**
 * A random id for this device, kept in localStorage. Records note which device wrote them
 * last; sync uses it later to tell its own echoes from other devices' changes.
 */
const KEY = "small-steps:device-id";
let cached: string | undefined;

export function deviceId(): string {
  if (cached) return cached;
  try {
    cached = localStorage.getItem(KEY) ?? undefined;
    if (!cached) {
      cached = crypto.randomUUID();
      localStorage.setItem(KEY, cached);
    }
  } catch {
    cached ??= crypto.randomUUID();
  }
  return cached;
}
