import type * as flows from "./flows.ts";

/**
 * Messages between the page (cryptoClient.ts) and the crypto worker (cryptoWorker.ts). The page
 * names a function in flows.ts and passes its arguments; the worker answers with the value or
 * with the fact that it threw (never with key material in an error).
 */
export type Flows = typeof flows;
export type FlowName = {
  [K in keyof Flows]: Flows[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof Flows];

export interface CryptoRequest<K extends FlowName = FlowName> {
  id: number;
  name: K;
  args: Parameters<Flows[K]>;
}

export type CryptoResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };
