import type { AccountResponse } from "@small-steps/sync";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { downloadPdf } from "../../pdf/safetyPlanPdf.ts";
import { fullDate } from "../../ui/dates.ts";
import { holdCode } from "./pendingCode.ts";
import { ViewHeading } from "./ViewHeading.tsx";
import type { ViewProps } from "./view.ts";

interface Props extends ViewProps {
  username: string;
  code: string;
  account: AccountResponse;
}

/**
 * The recovery code, shown once, as given (groups or words: the format belongs to
 * packages/crypto). It can be downloaded as a PDF made on the device, or printed; the person
 * says it is saved before going on.
 */
export function RecoveryCodeView({ go, focus, username, code, account }: Props) {
  const { t, i18n } = useTranslation("account");
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState({ text: "", n: 0, error: false });
  const say = (text: string, error = false) => setStatus((s) => ({ text, n: s.n + 1, error }));
  const checkboxRef = useRef<HTMLInputElement>(null);
  const making = useRef(false);
  const parts = code.trim().split(/\s+/);
  const today = fullDate(new Date(), i18n.language);

  async function onDownload() {
    if (making.current) return;
    making.current = true;
    try {
      const { recoveryKitPdf } = await import("../../pdf/recoveryKit.ts");
      const bytes = await recoveryKitPdf(code, {
        title: t("kit.title"),
        username: t("kit.username", { username }),
        made: t("kit.made", { date: today }),
        codeHeading: t("kit.codeHeading"),
        sections: [
          { heading: t("kit.whatHeading"), text: t("kit.what") },
          { heading: t("kit.howHeading"), text: t("kit.how") },
          { heading: t("kit.whereHeading"), text: t("kit.where") },
        ],
        pageOf: (page, pages) => t("kit.pageOf", { page, pages }),
        lossy: t("kit.lossy"),
        language: i18n.language,
      });
      downloadPdf(bytes, t("kit.fileName"));
      say(t("code.pdfReady"));
    } catch (error) {
      console.error("account: the recovery kit failed", error instanceof Error ? error.name : "");
      say(t("code.pdfFailed"), true);
    } finally {
      making.current = false;
    }
  }

  function onContinue() {
    if (!saved) {
      say(t("code.needSaved"), true);
      checkboxRef.current?.focus();
      return;
    }
    holdCode(null);
    go({ name: "signedIn", username, account });
  }

  return (
    <div class="stack recovery-view">
      <ViewHeading focus={focus}>{t("code.title")}</ViewHeading>
      <p>{t("code.ready", { username })}</p>
      <p>{t("code.explain")}</p>
      <p>{t("code.once")}</p>
      <p class="print-only">{t("code.printedOn", { username, date: today })}</p>
      <div class="card recovery-code-card">
        {parts.length > 1 ? (
          <ol class="recovery-code" aria-label={t("code.label", { username })}>
            {parts.map((part, i) => (
              <li key={i}>{part}</li>
            ))}
          </ol>
        ) : (
          <p class="recovery-code">{code}</p>
        )}
      </div>
      <div class="print-only stack">
        <p>{t("kit.what")}</p>
        <p>{t("kit.how")}</p>
        <p>{t("kit.where")}</p>
      </div>
      <div class="row recovery-actions">
        <button type="button" class="primary" onClick={() => void onDownload()}>
          {t("code.download")}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t("code.print")}
        </button>
      </div>
      <div class="recovery-confirm stack">
        <label class="choice">
          <input
            ref={checkboxRef}
            type="checkbox"
            checked={saved}
            onChange={(e) => setSaved(e.currentTarget.checked)}
          />
          {t("code.saved")}
        </label>
        <div>
          <button type="button" class="primary" onClick={onContinue}>
            {t("code.continue")}
          </button>
        </div>
      </div>
      <div role="status" aria-live="polite" class="account-status">
        {status.text && (
          <p key={status.n} class={status.error ? "error-message" : undefined}>
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}
