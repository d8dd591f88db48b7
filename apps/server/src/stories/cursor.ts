import { ApiProblem } from "../apiProblem.ts";

/** ST7: the feed's keyset position, (published_at, id) of the last story shown, opaque to clients. */
export interface FeedCursor {
  publishedAt: string;
  id: string;
}

export const encodeCursor = (cursor: FeedCursor): string =>
  Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id])).toString("base64url");

export function decodeCursor(text: string): FeedCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string")) {
      return { publishedAt: value[0] as string, id: value[1] as string };
    }
  } catch {
    // Falls through to the same answer as a cursor of the wrong shape.
  }
  throw new ApiProblem(
    400,
    "bad_request",
    "That page link doesn't work. Try starting from the newest stories.",
  );
}
