import { defineBackground } from 'wxt/utils/define-background';
import { wireToolbarButton } from '../lib/platform/panel';
import { wireRetention } from '../lib/platform/retention';
import { browserStorage } from '../lib/platform/storage';
import { wireStorageWarmUp } from '../lib/platform/storage-warm-up';
import { createRepository } from '../lib/storage/repository';

export default defineBackground(() => {
  wireToolbarButton();
  wireRetention(createRepository(browserStorage()));
  // Chrome only: its storage counts bytes lazily on the first write of a session. Firefox has no such pass
  // (and since 144 has getBytesInUse, which would only read every value for nothing).
  if (!import.meta.env.FIREFOX) wireStorageWarmUp();
});
