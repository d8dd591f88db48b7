import { ApiProblem } from "../apiProblem.ts";

/** The circle's answers on purpose; the web app shows its own words for each code. */

export const keyExists = () =>
  new ApiProblem(
    409,
    "key_exists",
    "This account already has a different circle key. Keys never change quietly, so this one was not saved.",
  );

export const noKey = () =>
  new ApiProblem(
    409,
    "no_key",
    "Your circle isn't set up on this account yet. Set it up first, then try again.",
  );

/** CR4: one answer for every code that cannot be used, so a code reveals nothing. */
export const inviteGone = () =>
  new ApiProblem(410, "invite_invalid", "This code doesn't work any more. You could ask for a new one.");

export const tooManyInvites = (max: number) =>
  new ApiProblem(
    409,
    "too_many_invites",
    `You have ${max} invites waiting already. Cancel one you no longer need to make another.`,
  );

export const inviteNotFound = () => new ApiProblem(404, "not_found", "That invite isn't waiting any more.");

/** CR13: a person one is not connected with answers as if they did not exist. */
export const notConnected = () =>
  new ApiProblem(404, "not_connected", "You're not connected with this person at the moment.");
