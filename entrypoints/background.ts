import { defineBackground } from 'wxt/utils/define-background';
import { wireRetention } from '../lib/background/retention';
import { wireStorageWarmUp } from '../lib/background/storage-warm-up';
import { wireToolbarButton } from '../lib/platform/panel';
import { browserStorage } from '../lib/storage/area';
import { createRepository } from '../lib/storage/repository';

export default defineBackground(() => {
  wireToolbarButton();
  wireRetention(createRepository(browserStorage()));
  wireStorageWarmUp();
});
