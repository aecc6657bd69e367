import { defineBackground } from 'wxt/utils/define-background';
import { wireHandoff } from '../lib/platform/handoff';
import { wireToolbarButton } from '../lib/platform/panel';
import { wireRetention } from '../lib/platform/retention';
import { browserStorage } from '../lib/platform/storage';
import { wireStorageWarmUp } from '../lib/platform/storage-warm-up';
import { createRepository } from '../lib/storage/repository';

export default defineBackground(() => {
  wireToolbarButton();
  const repository = createRepository(browserStorage());
  wireRetention(repository);
  // What a closing panel had not yet seen stored: Firefox can drop a write a closing page started (issue 22).
  wireHandoff(repository);
  // Chrome only: its storage counts bytes lazily on the first write of a session. Firefox has no such pass
  // (and since 144 has getBytesInUse, which would only read every value for nothing).
  if (!import.meta.env.FIREFOX) wireStorageWarmUp();
});
