export * from "./library.ts";
export * from "./records/index.ts";
export * from "./time.ts";
