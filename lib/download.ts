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
