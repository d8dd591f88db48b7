/**
 * An error the API answers with on purpose: a stable code for the client (`error`), a calm plain
 * message for a person, and the HTTP status. The app's error handler sends it as it is, so a route
 * or hook can simply `throw new ApiProblem(...)`.
 */
export class ApiProblem extends Error {
  override name = "ApiProblem";

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Extra fields for the body, e.g. retryAfterSeconds. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body(): { error: string; message: string } & Record<string, unknown> {
    return { ...this.extra, error: this.code, message: this.message };
  }
}

export const signedOut = () =>
  new ApiProblem(401, "signed_out", "You are signed out. Sign in again to continue.");

export const wrongCredentials = () =>
  new ApiProblem(401, "wrong_credentials", "Those details do not match. Please check them and try again.");

export const rateLimited = (retryAfterSeconds: number) =>
  new ApiProblem(
    429,
    "rate_limited",
    "There have been many attempts in a short time. Please take a pause and try again a little later.",
    { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) },
  );
