import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { fullDate, timeOf } from "../ui/dates.ts";
import { onSyncStatus, type SyncStatus, syncStatus } from "./status.ts";

export function useSyncStatus(): SyncStatus {
  const [status, setStatus] = useState(syncStatus);
  useEffect(() => onSyncStatus(setStatus), []);
  return status;
}

interface Props {
  onSyncNow?: () => void;
  /** This device holds an account now (the signed-in view): sync is starting, never "off". */
  signedIn?: boolean;
}

/**
 * Just after signing in, the status still says what it was before ("off": no account), until
 * sync/start.ts has noticed the account and the runner has said how it goes. With an account
 * in hand, "off" is not true any more: until the runner speaks, the line says "Checking…".
 */
export function shown(status: SyncStatus, signedIn: boolean): SyncStatus {
  return signedIn && status.phase === "off" ? { ...status, phase: "checking" } : status;
}

/**
 * The sync line on the account screen: what is happening in plain words, a progress bar during
 * a long first sync, and "Sync now". The words sit in a polite live region so a screen reader
 * hears "Up to date." without being interrupted.
 */
export function SyncStatusView({ onSyncNow, signedIn = false }: Props) {
  const { t, i18n } = useTranslation("sync");
  const status = shown(useSyncStatus(), signedIn);
  const { progress } = status;
  return (
    <section class="card stack" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t("heading")}</h2>
      <p role="status" aria-live="polite" data-sync-phase={status.phase}>
        {t(`phase.${status.phase}`)}
        {status.phase === "idle" && status.lastSyncedAt
          ? ` ${t("lastSynced", { when: `${fullDate(new Date(status.lastSyncedAt), i18n.language)} ${timeOf(status.lastSyncedAt, i18n.language)}` })}`
          : ""}
      </p>
      {progress && progress.total > 0 && (
        <div class="stack-tight">
          <label for="sync-progress">{t("progress", { done: progress.done, total: progress.total })}</label>
          <progress
            id="sync-progress"
            max={progress.total}
            value={progress.done}
            aria-label={t("progressLabel")}
          />
        </div>
      )}
      {status.pending ? <p class="hint">{t("pending", { count: status.pending })}</p> : null}
      <p class="hint">{t("who")}</p>
      {onSyncNow && status.phase !== "off" && status.phase !== "checking" && (
        <button type="button" class="button quiet" onClick={onSyncNow} disabled={status.phase === "syncing"}>
          {t("syncNow")}
        </button>
      )}
    </section>
  );
}
