/// <reference lib="webworker" />
import type { CryptoRequest, CryptoResponse, FlowName } from "./cryptoProtocol.ts";
import {
  changePassword,
  createAccount,
  openBundle,
  passwordKeys,
  provePassword,
  recoverAccount,
  recoveryAuthKey,
} from "./flows.ts";

/**
 * The crypto worker: libsodium and Argon2id live here, off the page's thread, so the screen
 * keeps answering (and a busy message keeps being read) while keys are derived. It holds no
 * state between requests; the page ends it when it has been idle for a while.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const FLOWS: Record<FlowName, (...args: never[]) => Promise<unknown>> = {
  changePassword,
  createAccount,
  openBundle,
  passwordKeys,
  provePassword,
  recoverAccount,
  recoveryAuthKey,
};

scope.addEventListener("message", async (event: MessageEvent<CryptoRequest>) => {
  const { id, name, args } = event.data;
  let response: CryptoResponse;
  try {
    const fn = FLOWS[name] as (...a: unknown[]) => Promise<unknown>;
    response = { id, ok: true, value: await fn(...args) };
  } catch (error) {
    // Only the kind of failure crosses back; messages here never hold keys or passwords.
    response = { id, ok: false, error: error instanceof Error ? error.name : "Error" };
  }
  scope.postMessage(response);
});
