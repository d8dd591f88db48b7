import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { safetyCodeFor, setVerified } from "../../circle/engine.ts";
import type { CirclePeer } from "../../circle/model.ts";
import { peerName } from "./people.ts";

interface Props {
  peer: CirclePeer;
  /** The pinned key's code, or the new one after their key changed (CR2). */
  which?: "pinned" | "changed";
  /** After "It matches": by default the pair is marked verified. */
  onMatch?: () => Promise<void>;
  /** Heading level inside the surrounding section. */
  level?: 2 | 3;
  /** Move focus to the heading when it appears (after an action opened it). */
  autoFocus?: boolean;
}

/**
 * The safety code: fingerprints of both public keys, worked out on each device, so two people
 * reading the same code to each other know no one sits in between. A mismatch is explained
 * calmly, with the one safe next step.
 */
export function SafetyCompare({ peer, which = "pinned", onMatch, level = 2, autoFocus }: Props) {
  const { t } = useTranslation("circle");
  const name = peerName(peer, t("someoneNew"));
  const [code, setCode] = useState<string | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<"match" | "mismatch" | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const key = which === "changed" ? peer.changedKey : peer.publicKey;

  useEffect(() => {
    let live = true;
    safetyCodeFor(peer, which)
      .then((c) => live && setCode(c))
      .catch(() => live && setCode(null));
    return () => {
      live = false;
    };
    // The code depends only on the keys: recompute when the key in question changes.
  }, [peer.peerId, key, which]);

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  async function matches() {
    if (onMatch) await onMatch();
    else await setVerified(peer.peerId, true);
    setOutcome("match");
  }

  async function differs() {
    await setVerified(peer.peerId, false);
    setOutcome("mismatch");
  }

  const H = level === 2 ? "h2" : "h3";
  return (
    <div class="stack circle-safety">
      <H ref={headingRef} tabIndex={-1}>
        {t("safety.heading")}
      </H>
      <p>{t("safety.explain")}</p>
      {code === undefined && <p class="hint">{t("safety.loading")}</p>}
      {code === null && <p class="hint">{t("safety.unavailable")}</p>}
      {code && (
        <>
          <figure class="circle-safety-figure">
            <figcaption class="hint">{t("safety.codeLabel", { name })}</figcaption>
            <p class="circle-safety-code">{code}</p>
          </figure>
          <p>{t("safety.compare")}</p>
          {outcome === null && (
            <div class="row">
              <button type="button" class="primary" onClick={() => void matches()}>
                {t("safety.matches")}
              </button>
              <button type="button" onClick={() => void differs()}>
                {t("safety.doesntMatch")}
              </button>
            </div>
          )}
        </>
      )}
      {outcome === "match" && (
        <p ref={outcomeRef} tabIndex={-1} role="status" class="circle-ok">
          {t("safety.verified", { name })}
        </p>
      )}
      {outcome === "mismatch" && (
        <div class="error-message stack" role="status">
          <p ref={outcomeRef} tabIndex={-1}>
            <strong>{t("safety.mismatchHeading")}</strong>
          </p>
          <p>{t("safety.mismatch")}</p>
        </div>
      )}
    </div>
  );
}
