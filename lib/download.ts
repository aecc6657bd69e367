/** A file the user asked for, made in the page. */
export interface Download {
  filename: string;
  json: string;
}

/**
 * Saves text as a file through the page's own download: no `downloads`
 * permission, nothing leaves the browser.
 */
export function downloadText(filename: string, content: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves what an export made; null means the export failed and the page already says why. */
export function offerDownload(file: Download | null): void {
  if (file) downloadText(file.filename, file.json);
}
