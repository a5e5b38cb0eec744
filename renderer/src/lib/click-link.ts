/**
 * Follows a link the way a click on it would, from a temporary `<a>`: for a `mailto:` link the
 * browser hands it to the system's mail app without leaving the page; with `download` it saves
 * the file. (`window.open` would leave a blank tab behind in some browsers, and the desktop app
 * denies it.)
 */
export function clickLink(href: string, download?: string): void {
  const link = document.createElement('a');
  link.href = href;
  if (download !== undefined) link.download = download;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}
