import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prefetchPanelStart } from '../lib/platform/storage';

// A classic script the side panel's HTML runs while it is still parsing:
// storage is read while the panel's modules load (lib/storage/prefetch.ts).
export default defineUnlistedScript(() => prefetchPanelStart());
