import { defineBackground } from 'wxt/utils/define-background';
import { wireToolbarButton } from '../lib/platform/panel';

export default defineBackground(() => {
  wireToolbarButton();
});
