import { copyRichText } from '../clipboard';
import { createClock } from '../interview/clock';
import { openOptionsPage } from '../platform/options';
import { defaultScript, findScript } from '../script';
import { browserStorage } from '../storage/area';
import { createRepository } from '../storage/repository';
import { createInterviewsStore } from './interviews';
import { afterFirstScreen, afterNextFrame } from './pace';

/** The side panel's store wired to the real browser: storage, clock, clipboard. */
export function createPanelStore() {
  return createInterviewsStore({
    repository: createRepository(browserStorage()),
    script: findScript,
    defaultScript,
    clock: createClock(),
    newId: () => crypto.randomUUID(),
    writerId: crypto.randomUUID(),
    copy: (content) => copyRichText(content),
    openOptions: openOptionsPage,
    pace: afterNextFrame,
    afterFirstScreen,
  });
}
