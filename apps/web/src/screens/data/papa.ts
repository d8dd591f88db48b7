/**
 * papaparse is CommonJS: depending on the bundler's interop its functions arrive on the
 * module or on its default export. Loaded only when a CSV is read or written.
 */
export async function loadPapa() {
  const module = await import("papaparse");
  return module.default ?? module;
}
