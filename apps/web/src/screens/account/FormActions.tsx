import { useTranslation } from "react-i18next";
import { FormStatus } from "./FormStatus.tsx";
import type { FormError } from "./useAccountForm.ts";

/**
 * The foot of a signed-out account form: its status line, the main button and "Back". The main
 * button stays focusable while busy (aria-disabled), so a second press is ignored, not lost.
 */
export function FormActions({
  form,
  submit,
  onBack,
}: {
  form: { busy: boolean; error: FormError | null };
  submit: string;
  onBack: () => void;
}) {
  const { t } = useTranslation("account");
  return (
    <>
      <FormStatus busy={form.busy} busyText={t("busy")} error={form.error} />
      <div class="row">
        <button type="submit" class="primary" aria-disabled={form.busy}>
          {submit}
        </button>
        <button type="button" onClick={onBack} disabled={form.busy}>
          {t("back")}
        </button>
      </div>
    </>
  );
}
