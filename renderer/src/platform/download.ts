/** Hands a file to the user as a download: browser mode's way to save one (it never leaves the machine). */
export function downloadFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
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
