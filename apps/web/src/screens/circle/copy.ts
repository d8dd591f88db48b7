/**
 * Copies text with the Clipboard API. Some browsers refuse it (no permission, an insecure origin);
 * then the caller says so calmly and the text stays on screen to select by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
