import { lever } from './lever';
import type { Profile } from './shared';

/**
 * Workday's comment fields, and any other plain notes field. Same renderer as
 * Lever on purpose: both are plain textareas where only literal "- " bullets
 * and blank lines carry structure, so a second renderer would only be a second
 * thing to keep in step. A separate profile keeps the name the user looks for
 * and lets either diverge later without touching the other's golden files.
 */
export const plain: Profile = {
  ...lever,
  id: 'plain',
  name: 'Workday / plain text',
  short: 'Workday / plain text',
};
