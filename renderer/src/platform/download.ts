/**
 * Hands a text file to the user as a download. Browser mode's way to save a file; the desktop app
 * uses it too until the shell has its own save dialog (the data never leaves the machine either way).
 */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
