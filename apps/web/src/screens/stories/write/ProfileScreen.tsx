import type { StoryProfile } from "@small-steps/sync";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { KeptDraftNotice } from "../../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../../drafts/useKeptDraft.ts";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { ColourChoice, Swatch } from "./ColourChoice.tsx";
import { describedBy, FieldProblem } from "./FieldProblem.tsx";
import { storyProblemOf, storyProblemText } from "./problems.ts";
import {
  checkProfile,
  emptyProfile,
  type ProfileDraft,
  type ProfileField,
  type ProfileProblem,
} from "./profileForm.ts";
import { StoryGate } from "./StoryGate.tsx";
import { WhoReads } from "./WhoReads.tsx";
import "./write.css";

/** /stories/profile: the author profile (ST2), a name for stories only, and who can read what. */
export function ProfileScreen() {
  const { t } = useTranslation("storiesWrite");
  return <StoryGate title={t("profile.title")}>{(profile) => <ProfileForm saved={profile} />}</StoryGate>;
}

function ProfileForm({ saved }: { saved: StoryProfile | null }) {
  const { t } = useTranslation("storiesWrite");
  const [draft, setDraft, kept] = useKeptDraft<ProfileDraft>(
    "storyProfile:edit",
    saved ? { name: saved.name, about: saved.about, avatarColour: saved.avatarColour } : emptyProfile(),
  );
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const busy = useRef(false);
  const [saving, setSaving] = useState(false);
  const { status, say, clear } = useStatus();
  const refs = { name: useRef<HTMLInputElement>(null), about: useRef<HTMLTextAreaElement>(null) };

  const problemOf = (field: ProfileField) => problems.find((p) => p.field === field);
  const problemText = (field: ProfileField) => {
    const p = problemOf(field);
    if (!p) return null;
    return p.kind === "empty"
      ? t(`profile.problems.${field}Empty`)
      : t(`profile.problems.${field}TooLong`, { max: p.max, count: p.count });
  };
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setProblems((ps) => ps.filter((p) => p.field !== key));
    clear();
  };

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const checked = checkProfile(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      const first = checked.problems[0];
      if (first) refs[first.field].current?.focus();
      return;
    }
    setProblems([]);
    busy.current = true;
    setSaving(true);
    const r = await storiesApi.saveProfile(checked.profile);
    busy.current = false;
    setSaving(false);
    if (r.ok) {
      kept.clear();
      say(t("profile.saved"), { link: { href: "/stories/write", label: t("profile.writeNext") } });
    } else {
      say(storyProblemText(t, storyProblemOf(r.failure)), { error: true });
    }
  }

  const nameProblem = problemText("name");
  const aboutProblem = problemText("about");

  return (
    <>
      <h1>{t("profile.title")}</h1>
      <p>{t("profile.intro")}</p>
      <form class="card stack story-form" onSubmit={onSubmit} aria-busy={saving} noValidate>
        <KeptDraftNotice kept={kept} />
        <div class="field">
          <label for="story-author-name">{t("profile.nameLabel")}</label>
          <p id="story-author-name-hint" class="hint">
            {t("profile.nameHint")}
          </p>
          <input
            ref={refs.name}
            id="story-author-name"
            type="text"
            autocomplete="off"
            value={draft.name}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={describedBy(
              "story-author-name-hint",
              nameProblem && "story-author-name-problem",
            )}
            onInput={(e) => set("name", e.currentTarget.value)}
          />
          <FieldProblem id="story-author-name-problem" text={nameProblem} />
        </div>
        <div class="field">
          <label for="story-author-about">{t("profile.aboutLabel")}</label>
          <p id="story-author-about-hint" class="hint">
            {t("profile.aboutHint")}
          </p>
          <textarea
            ref={refs.about}
            id="story-author-about"
            rows={3}
            value={draft.about}
            aria-invalid={aboutProblem ? true : undefined}
            aria-describedby={describedBy(
              "story-author-about-hint",
              aboutProblem && "story-author-about-problem",
            )}
            onInput={(e) => set("about", e.currentTarget.value)}
          />
          <FieldProblem id="story-author-about-problem" text={aboutProblem} />
        </div>
        <ColourChoice value={draft.avatarColour} onChange={(colour) => set("avatarColour", colour)} />
        <Status status={status} class="story-status" note />
        <div>
          <button type="submit" class="primary" aria-disabled={saving}>
            {t("profile.save")}
          </button>
        </div>
      </form>

      <section class="card stack" aria-labelledby="story-preview-heading">
        <h2 id="story-preview-heading">{t("profile.previewHeading")}</h2>
        <p class="story-author-line">
          <Swatch colour={draft.avatarColour} />
          <span class="story-author-name">{draft.name.trim() || t("profile.previewNoName")}</span>
        </p>
        {draft.about.trim() && <p class="story-text">{draft.about}</p>}
        <p class="hint">{t("profile.previewAnonymous")}</p>
      </section>

      <WhoReads />

      <ul class="plain-list story-links">
        <li>
          <a href="/stories/mine">{t("links.mine")}</a>
        </li>
        <li>
          <a href="/stories/write">{t("links.write")}</a>
        </li>
      </ul>
    </>
  );
}
