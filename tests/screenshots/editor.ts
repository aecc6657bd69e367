import type { Page } from 'playwright-core';

/**
 * Issue 18: the script editor, a copy of the Reverse Interview being changed
 * (an arena renamed, one problem showing), at panel width and at page width.
 */
export async function editorShots(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  const size = page.viewportSize();
  // The library at page width: the built-in with "Make a copy", your own script with "Edit script".
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.getByRole('heading', { name: 'Scripts', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('options-scripts-wide');
  if (size) await page.setViewportSize(size);
  await page.getByRole('listitem', { name: 'Reverse Interview' }).getByRole('button', { name: 'Make a copy' }).click();
  const editor = page.getByRole('region', { name: /^Editing “/ });
  await editor.getByRole('textbox', { name: 'Script name', exact: true }).fill('Reverse Interview for support');
  const arenas = editor.getByRole('region', { name: /^Step 2:/ });
  await arenas.getByRole('textbox', { name: 'Arena 2', exact: true }).fill('Customer empathy');
  await arenas.getByRole('spinbutton', { name: 'Arena limit', exact: true }).fill('3');
  await editor
    .getByRole('region', { name: /^Step 1:/ })
    .getByRole('textbox', { name: 'Question 1', exact: true })
    .fill('');
  await editor.getByText('Draft saved.').waitFor();
  await editor.getByRole('heading', { level: 3 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('options-script-editor');
  await arenas.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('options-script-editor-arenas');
  await page.setViewportSize({ width: 1024, height: 900 });
  await editor.getByRole('heading', { level: 3 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('options-script-editor-wide');
  if (size) await page.setViewportSize(size);
  await editor.getByRole('button', { name: 'Discard draft', exact: true }).click();
}
