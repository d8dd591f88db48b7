import type { AccountResponse } from "@small-steps/sync";

/** The states of /account; each renders one view with its own h1. */
export type View =
  | { name: "loading" }
  | { name: "signedOut"; notice?: string }
  | { name: "create" }
  | { name: "code"; username: string; code: string; account: AccountResponse }
  | { name: "signIn"; username?: string; notice?: string }
  | { name: "recover"; username?: string }
  | { name: "signedIn"; username: string; account: AccountResponse | null; notice?: string };

export interface ViewProps {
  go: (view: View) => void;
  /** True when this view replaced another one on the screen: its heading takes focus. */
  focus: boolean;
}
