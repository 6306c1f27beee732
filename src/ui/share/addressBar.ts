/** Puts a link's text in the address bar (so a reload keeps it) and on the clipboard when the page may write there; returns the full URL. */
export function putLinkInAddressBar(link: string): string {
  const url = new URL(window.location.href);
  url.hash = link;
  window.history.replaceState(null, '', url);
  void navigator.clipboard?.writeText(url.toString()).catch(() => undefined);
  return url.toString();
}
