// Saves a text as a file download from an extension page (a Blob and an anchor with `download`).

/** Starts the download of `text` as a file named `name`. */
export function downloadText(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox needs the URL a moment longer than the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
