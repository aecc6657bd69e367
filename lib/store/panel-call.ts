import { browserTabs } from '../platform/tabs';
import { browserStorage } from '../storage/area';
import { createCallLinksStore } from '../storage/call-links';
import { createCallStore } from './call';
import type { InterviewsStore } from './interviews';

/** The side panel's call store wired to the real browser: its window's tabs and the stored links. */
export function createPanelCallStore(interviews: InterviewsStore) {
  return createCallStore({
    tabs: browserTabs(),
    links: createCallLinksStore(browserStorage()),
    interviews,
    clock: Date.now,
  });
}
