import { plainTextHtml, renderPlainText } from './plain-text';
import type { Profile } from './shared';

/** Lever notes are plain text: HTML is dropped, literal "- " bullets and blank lines survive. */
export const lever: Profile = {
  id: 'lever',
  name: 'Lever',
  short: 'Lever',
  allowedTags: ['br'],
  pastes: 'text',
  textFormat: 'plain',
  render(summary) {
    const text = renderPlainText(summary);
    return { html: plainTextHtml(text), text };
  },
};
