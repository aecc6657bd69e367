import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prefetchPanelStart } from '../lib/platform/storage';
import { prefetchActiveTab } from '../lib/platform/tabs';

// A classic script the side panel's HTML runs while it is still parsing:
// storage is read while the panel's modules load (lib/storage/prefetch.ts),
// and the tab beside the panel is asked for (the call banner, lib/store/call-first.ts).
export default defineUnlistedScript(() => {
  prefetchPanelStart();
  prefetchActiveTab();
});
