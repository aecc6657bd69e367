import { browser } from 'wxt/browser';
import { MANAGED_KEY } from '../catalogue/merge';
import { reasonOf } from '../reason';
import type { ManagedSource } from '../storage/port';

interface ManagedArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * Chrome without a policy answers `{}`. Firefox without a managed storage
 * manifest rejects ("Managed storage manifest not found"), and some builds
 * have no managed area at all: both mean "nothing from the organisation"
 * (no catalogue, no scripts), said once in the options page, never an error
 * that blocks the interviewer's own. `key`: `catalogue` or `scripts`.
 */
export function browserManaged(key: string = MANAGED_KEY): ManagedSource {
  return {
    async read() {
      const area = (browser.storage as unknown as { managed?: ManagedArea }).managed;
      if (!area) return { kind: 'unavailable', reason: 'this browser has no managed storage' };
      try {
        return { kind: 'ok', raw: (await area.get(key))[key] };
      } catch (error) {
        return { kind: 'unavailable', reason: reasonOf(error) };
      }
    },
    watch(listener) {
      const onChanged = (_changes: unknown, areaName: string) => {
        if (areaName === 'managed') listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
