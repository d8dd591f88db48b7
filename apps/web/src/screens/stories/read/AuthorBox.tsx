import type { StoryWire } from "@small-steps/sync";
import { useTranslation } from "react-i18next";

type Author = StoryWire["author"];

/**
 * Who wrote it, as they chose to be seen: a pseudonym with its colour dot, or "Anonymous" with
 * nothing more (ST5). `about` shows only where there is room for it (the story's page).
 */
interface Props {
  author: Author;
  showAbout?: boolean;
  /** Marks the reader's own words. */
  you?: boolean;
  /** An id for the name, so buttons nearby can say whose words they act on. */
  nameId?: string;
}

export function AuthorBox({ author, showAbout = false, you = false, nameId }: Props) {
  const { t } = useTranslation("stories");
  const name = author.anonymous ? t("author.anonymous") : author.name;
  const about = !author.anonymous && showAbout ? author.about.trim() : "";
  return (
    <div class="read-author">
      <span
        class="read-avatar"
        data-colour={author.anonymous ? "none" : (author.avatarColour ?? "none")}
        aria-hidden="true"
      />
      <div class="read-author-text">
        <p id={nameId} class="read-author-name">
          <span class="visually-hidden">{t("author.writtenBy")} </span>
          {name}
          {you && <span class="read-you"> ({t("comments.you")})</span>}
        </p>
        {about && (
          <p class="read-author-about">
            <span class="visually-hidden">{t("author.about")}: </span>
            {about}
          </p>
        )}
      </div>
    </div>
  );
}
