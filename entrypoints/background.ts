import { defineBackground } from 'wxt/utils/define-background';
import { wireRetention } from '../lib/platform/retention';
import { wireStorageWarmUp } from '../lib/platform/storage-warm-up';
import { wireToolbarButton } from '../lib/platform/panel';
import { browserStorage } from '../lib/platform/storage';
import { createRepository } from '../lib/storage/repository';

export default defineBackground(() => {
  wireToolbarButton();
  wireRetention(createRepository(browserStorage()));
  // Chrome only: its storage counts bytes lazily on the first write of a session. Firefox has no such pass
  // (and since 144 has getBytesInUse, which would only read every value for nothing).
  if (!import.meta.env.FIREFOX) wireStorageWarmUp();
});
