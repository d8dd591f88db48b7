/**
 * Small Steps keeps a single entry in the browser's history: moving between screens
 * replaces it rather than adding more. That is what makes Quick exit safe — after
 * `location.replace`, Back leads to whatever came before Small Steps, never to a journal
 * page. The app's own navigation (and each screen's "back" links) stand in for Back.
 */
export function keepOneHistoryEntry(): void {
  const replace = history.replaceState.bind(history);
  history.pushState = (data: unknown, unused: string, url?: string | URL | null) =>
    replace(data, unused, url);
}
