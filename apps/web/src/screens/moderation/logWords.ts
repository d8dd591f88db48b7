import type { TFunction } from "i18next";
import { dateFormatter } from "../../ui/dates.ts";

/**
 * The audit log's entries in words. The server writes `action` as a short code (ST18): a queue
 * decision, a role change by the admin command, or a setting change; an unknown one is shown as
 * written, so nothing in the log is ever hidden from the people reading it.
 */

export interface LogEntry {
  moderator: string;
  action: string;
  target: "story" | "comment" | "user" | "setting";
  targetId: string;
  reason: string | null;
  createdAt: string;
}

/** The admin command's name in the log (apps/server/src/admin/commands.ts ADMIN_COMMAND). */
const ADMIN_COMMAND = "admin command";

const ACTION_KEYS: Record<string, string> = {
  hide: "hide",
  restore: "restore",
  dismiss: "dismiss",
  ban: "ban",
  "grant moderator": "grantModerator",
  "grant admin": "grantAdmin",
  revoke: "revoke",
  unban: "unban",
  "holdFirstComment=true": "holdOn",
  "holdFirstComment=false": "holdOff",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id short enough to read and compare by eye; a username (from the admin command) stays whole. */
export function shortId(id: string): string {
  return UUID.test(id) ? id.slice(0, 8) : id;
}

/** "a story (1a2b3c4d)", or the username a role was given to. */
export function targetText(t: TFunction, entry: Pick<LogEntry, "target" | "targetId">): string {
  if (entry.target === "user" && !UUID.test(entry.targetId)) return entry.targetId;
  return t(`moderation:log.target.${entry.target}`, { id: shortId(entry.targetId) });
}

/** "Hid a comment (1a2b3c4d)", "Made sam a moderator", … */
export function actionText(t: TFunction, entry: Pick<LogEntry, "action" | "target" | "targetId">): string {
  const key = ACTION_KEYS[entry.action];
  const target = targetText(t, entry);
  if (key) return t(`moderation:log.action.${key}`, { target });
  return t("moderation:log.action.other", { action: entry.action, target });
}

/** Who did it: a moderator's username, or the admin command run on the server. */
export function whoText(t: TFunction, moderator: string): string {
  return moderator === ADMIN_COMMAND ? t("moderation:log.adminCommand") : moderator;
}

/** "4 Mar 2026, 09:30" in the reader's language and time zone. */
export function whenText(iso: string, language: string): string {
  return dateFormatter(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
