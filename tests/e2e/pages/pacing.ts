/**
 * The pacing bar, the step list's times and the keyboard help, by role and
 * accessible name (issue 6). Kept beside the main page object, not in it.
 */
import type { Page } from 'playwright-core';

export class Pacing {
  constructor(readonly page: Page) {}

  readonly bar = () => this.page.getByRole('region', { name: 'Pacing', exact: true });
  readonly startTimer = () => this.page.getByRole('button', { name: 'Start timer', exact: true });
  readonly pauseTimer = () => this.page.getByRole('button', { name: 'Pause timer', exact: true });
  readonly resumeTimer = () => this.page.getByRole('button', { name: 'Resume timer', exact: true });
  readonly elapsed = () => this.page.getByRole('timer', { name: 'Elapsed', exact: true });
  readonly overCue = () => this.bar().getByText('Over budget on this step');
  readonly budgets = () => this.page.getByText('Time budgets', { exact: true });
  readonly budget = (stepTitle: string) =>
    this.page.getByRole('spinbutton', { name: `Budget for ${stepTitle}, minutes`, exact: true });

  readonly helpButton = () => this.page.getByRole('button', { name: 'Keyboard shortcuts', exact: true });
  readonly help = () => this.page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
  readonly closeHelp = () => this.help().getByRole('button', { name: 'Close', exact: true });

  /** Presses an Alt+Shift chord: `chord('J')`, `chord('Digit3')`, `chord('Enter')`. */
  chord(key: string): Promise<void> {
    return this.page.keyboard.press(`Alt+Shift+${key}`);
  }
}
