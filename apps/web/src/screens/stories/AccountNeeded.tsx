interface Props {
  heading: string;
  /** Why stories need one, in the words of the screen asking (reading or writing). */
  why: readonly string[];
  link: string;
}

/** No session: stories need an account and the way to make one; nothing here reads as an error. */
export function AccountNeeded({ heading, why, link }: Props) {
  return (
    <section class="card stack" aria-labelledby="stories-account-heading">
      <h2 id="stories-account-heading">{heading}</h2>
      {why.map((words) => (
        <p key={words}>{words}</p>
      ))}
      <p>
        <a class="button primary" href="/account">
          {link}
        </a>
      </p>
    </section>
  );
}
