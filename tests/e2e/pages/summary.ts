/**
 * The summary controls of the panel (preview, format for this copy, per-step
 * copy, answer marks, manual copy) and a local paste target, by accessible name.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export class SummaryControls {
  constructor(readonly page: Page) {}

  readonly previewToggle = () => this.page.getByRole('button', { name: 'Preview summary', exact: true });
  readonly preview = () => this.page.getByRole('region', { name: /^What will be pasted: / });
  readonly format = () => this.page.getByRole('combobox', { name: 'Format for this copy', exact: true });
  readonly copyStep = (title: string) => this.page.getByRole('button', { name: `Copy this step: ${title}`, exact: true });
  /** The marks of the answer whose question (textbox name) is given. */
  readonly marks = (question: string) => this.page.getByRole('group', { name: `Mark the answer to ${question}`, exact: true });
  readonly quote = (question: string) => this.marks(question).getByRole('button', { name: 'Quote', exact: true });
  readonly followUp = (question: string) => this.marks(question).getByRole('button', { name: 'Follow up', exact: true });
  readonly manualDialog = () => this.page.getByRole('dialog', { name: /by hand$/ });
  readonly manualText = () => this.manualDialog().getByRole('textbox', { name: 'Text to copy', exact: true });

  /** What the preview shows: the HTML as the browser serialises it, or the text exactly. */
  async previewContent(): Promise<{ kind: 'html' | 'text'; value: string }> {
    const html = this.preview().getByTestId('preview-html');
    if ((await html.count()) > 0) return { kind: 'html', value: await html.innerHTML() };
    return { kind: 'text', value: (await this.preview().getByTestId('preview-text').textContent()) ?? '' };
  }
}

export interface Clip {
  html: string;
  text: string;
  /** The HTML parsed and serialised again by the same browser, comparable with `innerHTML`. */
  htmlBody: string;
}

/** Reads both formats back from the real clipboard, in any page of the browser. */
export async function readClipboard(page: Page): Promise<Clip> {
  // Chromium throws "Clipboard data has changed" from getType() when the
  // clipboard is written between read() and getType() (seen once under load
  // right after a copy); what was read then is stale, so read it again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await readClipboardOnce(page);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Clipboard data has changed')) throw error;
      await page.waitForTimeout(200);
    }
  }
}

async function readClipboardOnce(page: Page): Promise<Clip> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) throw new Error('the clipboard is empty');
    const html = await (await item.getType('text/html')).text();
    const text = await (await item.getType('text/plain')).text();
    return { html, text, htmlBody: new DOMParser().parseFromString(html, 'text/html').body.innerHTML };
  });
}

/** Empties the clipboard, so a test cannot pass on what an earlier copy left there. */
export async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
}

const PASTE_PAGE = `<!doctype html><meta charset="utf-8"><title>ATS notes</title>
<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Rich notes" style="min-height:4em;border:1px solid"></div>
<textarea aria-label="Plain notes" rows="8" cols="60"></textarea>`;

/** A tiny ATS stand-in on http://localhost: a rich-text field and a plain one. */
export async function startPasteSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PASTE_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
