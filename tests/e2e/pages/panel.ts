/**
 * The side panel as a user and assistive technology see it: every locator is
 * an accessible role and name, so a renamed label or a lost role fails here.
 */
import type { Locator, Page } from 'playwright-core';

export type GridQuestion = 'strengths' | 'learn' | 'obstacles';
export type Support = 'People' | 'Resources' | 'Opportunities';

const gridText: Record<GridQuestion, string> = {
  strengths: 'What are you already good at in this area?',
  learn: 'What would you like to learn or get better at in this area?',
  obstacles: 'What gets most in the way of growing in this area?',
};

export const stepNames = [
  'State the difference',
  'Arenas for goal-setting',
  'Current reality',
  'How they grow best',
  'Match what we offer',
] as const;

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Panel {
  constructor(readonly page: Page) {}

  // The list and the new-interview form.
  readonly listHeading = () => this.page.getByRole('heading', { name: 'Interviews', exact: true });
  readonly newInterview = () => this.page.getByRole('button', { name: 'New interview', exact: true });
  readonly candidateName = () => this.page.getByRole('textbox', { name: 'Candidate name', exact: true });
  readonly role = () => this.page.getByRole('textbox', { name: 'Role', exact: true });
  readonly atsLink = () => this.page.getByRole('textbox', { name: 'ATS link', exact: true });
  readonly startInterview = () => this.page.getByRole('button', { name: 'Start interview', exact: true });
  /** A list item: its name starts with the candidate's name and holds the role (its "Actions for …" button does not match). */
  readonly interviewItem = (candidate: string, role = '') =>
    this.page.getByRole('button', { name: new RegExp(`^${literal(candidate)}.*${literal(role)}`) });
  readonly backToList = () => this.page.getByRole('button', { name: /All interviews/ });

  // Moving through the interview.
  readonly steps = () => this.page.getByRole('navigation', { name: 'Steps', exact: true });
  /** Step button by number (1-based): "1. State the difference, 0 of 2 captured". */
  readonly step = (n: number) =>
    this.steps().getByRole('button', { name: new RegExp(`^${n}\\. ${literal(stepNames[n - 1] ?? '?')}`) });
  readonly previousStep = () => this.page.getByRole('button', { name: 'Previous step', exact: true });
  readonly nextStep = () => this.page.getByRole('button', { name: 'Next step', exact: true });
  readonly copySummary = () => this.page.getByRole('button', { name: 'Copy summary', exact: true });
  readonly status = () => this.page.getByRole('status');

  // Step 1.
  readonly explained = () =>
    this.page.getByRole('checkbox', { name: 'I explained that this interview is about their growth', exact: true });
  readonly differenceNote = () => this.page.getByRole('textbox', { name: 'Note on how they took it (optional)', exact: true });

  // Step 2. Custom arenas are named "<label> (their own)".
  readonly arena = (label: string) =>
    this.page.getByRole('checkbox', { name: new RegExp(`^${literal(label)}( \\(their own\\))?$`) });
  readonly arenaGroup = () => this.page.getByRole('group', { name: 'Arenas to explore', exact: true });
  readonly arenaChoices = () => this.arenaGroup().getByRole('checkbox');
  /** The limit is explained by a paragraph that describes the group (aria-describedby); it has no role of its own. */
  readonly arenaLimitText = () => this.arenaGroup().getByText('the most this method allows');
  readonly newArena = () => this.page.getByRole('textbox', { name: 'Add your own arena', exact: true });
  readonly addArena = () => this.page.getByRole('button', { name: 'Add arena', exact: true });

  // Step 3.
  readonly grid = (arena: string, question: GridQuestion) =>
    this.page.getByRole('textbox', { name: `${arena}: ${gridText[question]}`, exact: true });

  // Step 4. The apprenticeship checkbox carries a description after its label.
  readonly mode = (label: string) => this.page.getByRole('checkbox', { name: new RegExp(`^${literal(label)}(:.*)?$`) });
  readonly preferredGroup = () => this.page.getByRole('group', { name: 'Preferred way to grow', exact: true });
  readonly preferred = (label: string) => this.preferredGroup().getByRole('radio', { name: label, exact: true });
  readonly growthNotes = () =>
    this.page.getByRole('textbox', { name: 'Examples of how they grew, and what did not work', exact: true });

  // Step 5. A need is e.g. "Technical growth — Wants to learn or improve" or "Grows best through mentoring".
  readonly need = (need: string) => this.page.getByRole('region', { name: need, exact: true });
  /** The visible label adds a description in parentheses, so the name is matched as a prefix. */
  readonly offer = (need: string, support: Support) =>
    this.need(need).getByRole('textbox', { name: new RegExp(`^${support} for ${literal(need)}\\b`) });
  /** Step 5 folds the boxes for offers beyond the catalogue until used: this opens them (issue 21). */
  readonly otherOffers = (need: string) =>
    this.need(need).getByRole('button', { name: `Offer something not in the catalogue for ${need}`, exact: true });
  async showOffers(need: string): Promise<void> {
    if ((await this.otherOffers(need).count()) > 0) await this.otherOffers(need).click();
    await this.offer(need, 'People').waitFor();
  }
  /** Step 5 discusses a few needs and folds the rest into one line ("2 more needs: no good fit"). */
  readonly foldedNeeds = () => this.page.getByRole('button', { name: /^\d+ more needs?\b/ });
  readonly discussButton = (need: string) => this.page.getByRole('button', { name: `Discuss ${need}`, exact: true });
  /** Brings a folded need back to discuss, with the mouse. */
  async discuss(need: string): Promise<void> {
    if ((await this.need(need).count()) > 0) return;
    if ((await this.foldedNeeds().getAttribute('aria-expanded')) !== 'true') await this.foldedNeeds().click();
    await this.discussButton(need).click();
    await this.need(need).waitFor();
  }
  readonly noOffer = (need: string) =>
    this.need(need).getByRole('checkbox', { name: `Nothing we can honestly offer here for ${need}`, exact: true });
  readonly reaction = () => this.page.getByRole('textbox', { name: 'How did they react to what we offer?', exact: true });

  // Stored data that failed validation: reported on the list, or in place of the interview.
  readonly cannotRead = () =>
    this.page.getByRole('heading', { name: /^(One saved record|\d+ saved records) could not be read$/ });
  readonly cannotOpen = () => this.page.getByRole('heading', { name: 'This interview could not be opened', exact: true });
  readonly problemDetails = () => this.page.getByText('Details', { exact: true });

  /** Creates an interview with the mouse and waits for step 1. */
  async create(candidate: string, role: string, ats = ''): Promise<void> {
    await this.newInterview().click();
    await this.candidateName().fill(candidate);
    await this.role().fill(role);
    if (ats) await this.atsLink().fill(ats);
    await this.startInterview().click();
    await this.explained().waitFor();
  }

  /** Goes to step n with the step navigation and waits until it is the current one. */
  async goTo(n: number): Promise<void> {
    await this.step(n).click();
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^Step ${n} of 5`) }).waitFor();
  }

  /** The current step's number, read from aria-current in the step navigation. */
  async currentStep(): Promise<number[]> {
    const current: number[] = [];
    for (let n = 1; n <= stepNames.length; n++) {
      if ((await this.step(n).getAttribute('aria-current')) === 'step') current.push(n);
    }
    return current;
  }

  /**
   * Presses Tab (or Shift+Tab) until the element has focus, as a keyboard
   * user would; fails when it is not reachable within `max` presses.
   */
  async tabTo(target: Locator, { back = false, max = 60 } = {}): Promise<void> {
    for (let i = 0; i <= max; i++) {
      if (await isFocused(target)) return;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${target} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
  }
}

/** True when the element is the page's focused element. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === el.ownerDocument.activeElement);
}
